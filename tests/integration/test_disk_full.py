"""A save that fails for lack of space or permission says so and changes nothing.

Three real refusals, each checked against a full dump of the database (every table,
every value) and, where nothing may write at all, against the file's bytes:

- SQLite's own cap (`PRAGMA max_page_count` on every connection of the Database): the
  file may not grow, SQLITE_FULL, "database or disk is full".
- The kernel refusing to write (RLIMIT_FSIZE in a child process, so nothing else in the
  test run is limited): every write() of the database or its WAL beyond the limit fails
  with EFBIG, which SQLite reports as "disk I/O error" (a real ENOSPC gives SQLITE_FULL;
  both become the same StorageError). Once with no room at all, once with room for
  part of a large unit of work, which then has to vanish whole.
- A read-only file (chmod 0444). We run as root, and root ignores file modes through
  the CAP_DAC_OVERRIDE capability; the child is started without it (and without
  CAP_DAC_READ_SEARCH and CAP_FOWNER: dropped from its bounding set before exec), so
  it is root that the kernel really refuses to open the file for writing, exactly as
  for a normal user. SQLite then opens the file read-only and refuses every write with
  SQLITE_READONLY. No mount, no other user, nothing outside the test's folder.
"""

from __future__ import annotations

import ctypes
import hashlib
import json
import sqlite3
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import pytest
from sqlalchemy import event

from salesdesk.core.domain import Role
from salesdesk.core.errors import StorageError
from salesdesk.core.geocoding.service import set_location
from salesdesk.core.models import Account, Call, CallAttendee, Contact, Task, utcnow
from salesdesk.core.workspace import ProfileInput, save_profile

PASTED = "Minutes of the meeting, pasted from an email / صورتجلسه از ایمیل 📎\n" * 300


def debrief(db, account_id: uuid.UUID, contacts: list[uuid.UUID], owner: uuid.UUID) -> None:
    """One unit of work as the call debrief saves it: call, attendees, follow-up task."""
    with db.write() as s:
        call = Call(
            account_id=account_id,
            owner_id=owner,
            status="done",
            checked_in_at=utcnow(),
            notes=PASTED,
            outcome="Trial agreed / توافق برای آزمایش",
            debriefed_at=utcnow(),
        )
        s.add(call)
        s.flush()
        s.add_all(CallAttendee(call_id=call.id, contact_id=c) for c in contacts)
        s.add(Task(title="Send the price list", call_id=call.id, account_id=account_id))


def big_import(db, rows: int = 400) -> None:
    """One unit of work much larger than the room left: an import of many accounts."""
    with db.write() as s:
        s.add_all(Account(name=f"Imported {i} شرکت", notes=PASTED[:2000]) for i in range(rows))


@pytest.fixture
def book(ctx):
    """A database with a profile, an account placed on the map and two contacts."""
    profile = save_profile(ctx.db, ProfileInput(name="Sara Ahmadi سارا", role=Role.FIELD_REP))
    account_id = uuid.uuid4()
    contacts = [uuid.uuid4(), uuid.uuid4()]
    with ctx.db.write() as s:
        s.add(Account(id=account_id, name="Kirkby Mills Ltd", owner_id=profile.id))
        s.flush()
        s.add_all(
            Contact(id=c, account_id=account_id, last_name=f"C{i}") for i, c in enumerate(contacts)
        )
    set_location(ctx.db, account_id, 53.48, -2.24)
    return {
        "path": ctx.db_path,
        "account": str(account_id),
        "contacts": [str(c) for c in contacts],
        "owner": str(profile.id),
    }


def dump(path: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {t: con.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}
    finally:
        con.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sound(path: Path) -> bool:
    con = sqlite3.connect(path)
    try:
        ok = con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return ok and con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()


def test_a_full_database_refuses_a_debrief_whole_and_says_so(ctx, book):
    db, path = ctx.db, book["path"]
    account = uuid.UUID(book["account"])
    contacts = [uuid.UUID(c) for c in book["contacts"]]
    owner = uuid.UUID(book["owner"])
    db.dispose()
    before, bytes_before = dump(path), digest(path)
    con = sqlite3.connect(path)
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    con.close()

    def cap(dbapi_con, _record):
        dbapi_con.execute(f"PRAGMA max_page_count={pages}")

    event.listen(db.engine, "connect", cap)
    notices = []
    db.subscribe(notices.append)
    try:
        with pytest.raises(StorageError, match="disk is full") as err:
            debrief(db, account, contacts, owner)
        assert "nothing was saved" in str(err.value)
        with pytest.raises(StorageError, match="disk is full"):
            big_import(db)
    finally:
        event.remove(db.engine, "connect", cap)
        db.dispose()
    assert notices == []  # no view was told to refresh
    assert dump(path) == before and digest(path) == bytes_before and sound(path)
    debrief(db, account, contacts, owner)  # with room again the same save works
    assert len(dump(path)["calls"]) == 1


CHILD = textwrap.dedent(
    """
    import json, resource, signal, sys, uuid
    from pathlib import Path

    sys.path.insert(0, sys.argv[3])
    from test_disk_full import big_import, debrief
    from salesdesk.core.db import Database
    from salesdesk.core.domain import Role
    from salesdesk.core.geocoding.service import set_location
    from salesdesk.core.territory.attention import set_attention_override
    from salesdesk.core.workspace import ProfileInput, current_profile, save_profile

    book = json.loads(sys.argv[2])
    mode = sys.argv[1]
    path = Path(book["path"])
    account = uuid.UUID(book["account"])
    contacts = [uuid.UUID(c) for c in book["contacts"]]
    owner = uuid.UUID(book["owner"])
    out = {}
    try:
        open(path, "r+b").close()
        out["open for writing"] = "allowed"
    except PermissionError as exc:
        out["open for writing"] = f"refused: {exc.strerror}"
    db = Database(path)
    out["read"] = current_profile(db).name  # reading still works
    steps = {
        "profile": lambda: save_profile(db, ProfileInput(name="Renamed", role=Role.FIELD_REP)),
        "location": lambda: set_location(db, account, 51.5, -0.12),
        "attention": lambda: set_attention_override(db, account, "B"),
        "debrief": lambda: debrief(db, account, contacts, owner),
        "import": lambda: big_import(db),
    }
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG instead of being killed
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    for name, step in steps.items():
        if mode.startswith("fsize="):
            resource.setrlimit(resource.RLIMIT_FSIZE, (int(mode[6:]), hard))
        try:
            step()
            out[name] = ["saved", ""]
        except Exception as exc:
            out[name] = [type(exc).__name__, str(exc)]
        finally:
            resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        wal = Path(f"{path}-wal")
        out[f"wal after {name}"] = wal.stat().st_size if wal.exists() else 0
    db.dispose()
    print(json.dumps(out))
    """
)

_PR_CAPBSET_DROP = 24
_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH, _CAP_FOWNER = 1, 2, 3


def _without_root_file_powers() -> None:
    """preexec_fn: after exec, root no longer overrides file modes (see module docstring)."""
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH, _CAP_FOWNER):
        if libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def run_child(book: dict, mode: str, **popen) -> dict:
    args = {**book, "path": str(book["path"])}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, mode, json.dumps(args), str(Path(__file__).parent)],
        capture_output=True,
        text=True,
        timeout=120,
        **popen,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.splitlines()[-1])


SAVES = ("profile", "location", "attention", "debrief", "import")


def test_no_room_at_all_on_the_file_system_refuses_every_save(ctx, book):
    path = book["path"]
    ctx.close()
    before, bytes_before = dump(path), digest(path)
    out = run_child(book, "fsize=0")
    for save in SAVES:
        kind, message = out[save]
        assert kind == "StorageError", (save, out[save])
        assert message.startswith("The disk is full or failing: nothing was saved"), message
    assert dump(path) == before and digest(path) == bytes_before and sound(path)


def test_room_running_out_halfway_through_a_large_save_leaves_no_part_of_it(ctx, book):
    path = book["path"]
    ctx.close()
    before = dump(path)
    # Files may reach 512 KiB: the usual saves fit in the WAL, the import (1 MB of
    # accounts) writes part of itself there and then fails.
    out = run_child(book, f"fsize={512 * 1024}")
    assert out["import"][0] == "StorageError" and "disk is full" in out["import"][1]
    after = dump(path)
    assert len(after["accounts"]) == len(before["accounts"])  # not one imported row
    assert not any(r for r in after["accounts"] if "Imported" in str(r))
    saved = [s for s in SAVES if out[s][0] == "saved"]
    assert saved == ["profile", "location", "attention", "debrief"], out
    assert len(after["calls"]) == 1 and len(after["call_attendees"]) == 2
    # The import really was cut off halfway: it had filled the WAL up to the limit.
    assert out["wal after import"] == 512 * 1024 > out["wal after debrief"], out
    assert sound(path)


def test_a_read_only_file_refuses_every_save_even_for_root(ctx, book):
    path = book["path"]
    ctx.close()
    for suffix in ("-wal", "-shm"):
        assert not Path(f"{path}{suffix}").exists()
    before, bytes_before = dump(path), digest(path)
    path.chmod(0o444)
    try:
        out = run_child(book, "readonly", preexec_fn=_without_root_file_powers)
    finally:
        path.chmod(0o644)
    assert out["open for writing"] == "refused: Permission denied"  # the kernel said no
    assert out["read"] == "Sara Ahmadi سارا"
    for save in SAVES:
        assert out[save] == [
            "StorageError",
            "The database file is read-only: nothing was saved.",
        ], save
    assert digest(path) == bytes_before and dump(path) == before and sound(path)
