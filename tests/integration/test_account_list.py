"""Account list queries: filter, sort and paged rows on a real database."""

import pytest

from salesdesk.core.accounts import AccountQuery, account_ids, account_rows
from salesdesk.core.models import Account, User, utcnow


@pytest.fixture
def accounts(db):
    with db.write() as s:
        rep = User(name="Rita Rep", role="field_rep")
        s.add(rep)
        s.flush()
        rows = [
            Account(
                name="Bolton Bakeries",
                city="Bolton",
                kind="customer",
                estimated_potential=50_000,
                owner_id=rep.id,
                lat=53.58,
                lon=-2.43,
            ),
            Account(
                name="Salford Steel", city="Salford", kind="prospect", estimated_potential=900_000
            ),
            Account(
                name="100%_Pure Juice", city="Wigan", kind="prospect", estimated_potential=10_000
            ),
            Account(
                name="Gone Ltd",
                city="Bury",
                kind="customer",
                estimated_potential=5,
                deleted_at=utcnow(),
            ),
        ]
        s.add_all(rows)
    return {a.name: a.id for a in rows} | {"rep": rep.id}


def _names(db, **kw):
    ids = account_ids(db, AccountQuery(**kw))
    rows = account_rows(db, ids)
    return [rows[i].name for i in ids]


def test_default_order_is_highest_potential_first_and_tombstones_hidden(db, accounts):
    assert _names(db) == ["Salford Steel", "Bolton Bakeries", "100%_Pure Juice"]


def test_text_matches_name_or_town_and_like_wildcards_are_literal(db, accounts):
    assert _names(db, text="bolton") == ["Bolton Bakeries"]
    assert _names(db, text="%_") == ["100%_Pure Juice"]


def test_kind_and_owner_filters(db, accounts):
    assert _names(db, kind="prospect", sort="name", descending=False) == [
        "100%_Pure Juice",
        "Salford Steel",
    ]
    assert _names(db, owner_id=accounts["rep"]) == ["Bolton Bakeries"]


def test_rows_carry_owner_name_and_whether_located(db, accounts):
    rows = account_rows(db, [accounts["Bolton Bakeries"], accounts["Salford Steel"]])
    bolton, salford = rows[accounts["Bolton Bakeries"]], rows[accounts["Salford Steel"]]
    assert (bolton.owner, bolton.has_location) == ("Rita Rep", True)
    assert (salford.owner, salford.has_location) == (None, False)
