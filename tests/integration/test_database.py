"""Connection settings, units of work and change notices on a real SQLite file."""

import threading
import time

import pytest
from sqlalchemy import func, select, text

from salesdesk.core.errors import StorageError
from salesdesk.core.models import Account, Territory


def test_every_connection_has_wal_foreign_keys_and_busy_timeout(db):
    with db.read() as s:
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.execute(text("PRAGMA busy_timeout")).scalar() >= 1000


def test_a_failed_unit_of_work_leaves_nothing_behind(db):
    with pytest.raises(RuntimeError), db.write() as s:
        s.add(Account(name="Half-written Ltd"))
        s.flush()
        raise RuntimeError("boom")
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Account)) == 0


def test_committed_writes_announce_the_tables_they_changed(db):
    seen = []
    db.subscribe(seen.append)
    with db.write() as s:
        s.add(Territory(name="Manchester North"))
    assert seen == [frozenset({"territories"})]


def test_updates_bump_the_row_version_and_keep_created_at(db):
    with db.write() as s:
        acc = Account(name="Acme")
        s.add(acc)
    with db.write() as s:
        row = s.get(Account, acc.id)
        row.name = "Acme Ltd"
    with db.read() as s:
        row = s.get(Account, acc.id)
        assert (row.name, row.version) == ("Acme Ltd", 2)
        assert row.updated_at >= row.created_at


def test_foreign_keys_are_enforced(db):
    from salesdesk.core.models import Contact, new_id

    with pytest.raises(Exception, match="FOREIGN KEY"), db.write() as s:
        s.add(Contact(last_name="Orphan", account_id=new_id()))


def test_a_second_writer_waits_instead_of_failing(db):
    """Writes begin IMMEDIATE: a concurrent writer queues behind the first one."""
    errors: list[BaseException] = []

    def slow_writer():
        try:
            with db.write() as s:
                s.add(Territory(name="first"))
                s.flush()
                time.sleep(0.3)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    t = threading.Thread(target=slow_writer)
    t.start()
    time.sleep(0.05)
    with db.write() as s:
        count = s.scalar(select(func.count()).select_from(Territory))
        s.add(Territory(name=f"second after {count}"))
    t.join()
    assert errors == []
    with db.read() as s:
        assert (
            s.scalar(select(Territory.name).where(Territory.name.like("second%")))
            == "second after 1"
        )


def test_a_full_disk_gives_a_readable_error_and_keeps_earlier_data(db):
    with db.write() as s:
        s.add(Account(name="Kept Ltd"))
    with db.read() as s:
        pages = s.execute(text("PRAGMA page_count")).scalar()
    with pytest.raises(StorageError, match="disk is full"), db.write() as s:
        # Cap the file at its current size, then write more than fits.
        s.execute(text(f"PRAGMA max_page_count={pages}"))
        for i in range(2000):
            s.add(Account(name=f"Overflow {i}", notes="x" * 2000))
    db.engine.dispose()  # drop the connection that carries the page cap
    with db.read() as s:
        names = s.scalars(select(Account.name)).all()
    assert names == ["Kept Ltd"]
