"""The child of the crash-safety harness: realistic writes through the services until killed.

    python tests/crash/crash_writer.py run DB ACKLOG SEED RUN
        open DB and write until killed (one fresh interpreter per child).
    python tests/crash/crash_writer.py serve
        import once, print "ready", then for each line on stdin:
        "run DB ACKLOG SEED RUN" forks a writer and answers "pid N";
        "reap N" waits for that writer and answers "signal S" or "exit C".
        Forking saves the 1.3 s of imports per child, so 50 kills fit in a test run.

A writer opens DB with the real `salesdesk.core.db.Database` (after the fork: the server
never connects) and repeats one sales visit, each step one acknowledged service call:

    account    a unit of work: an account and two contacts (as an import or a new lead would)
    location   geocoding.set_location, the rep placing the marker by hand
    attention  territory.attention.set_attention_override
    debrief    a unit of work as a call debrief: the done call with its two attendees and a
               follow-up task, and the previous visit's task ticked done
    profile    workspace.save_profile, every third visit

Only AFTER a call returns (its commit acknowledged) is one line appended to ACKLOG,
with flush + fsync; crash_harness.py reads these lines back and checks each is in the
database. Every line is tab-separated, kind first, ids as 32 hex digits (as SQLite
stores them), the visit's sentinel token `RUN.SEQ` last where there is one:

    account    ACCOUNT CONTACT1 CONTACT2 TOKEN
    location   ACCOUNT LAT LON
    attention  ACCOUNT LEVEL
    debrief    CALL TASK ACCOUNT DONE_TASK|- TOKEN
    profile    RUN SEQ

A writer that fails on its own writes the traceback to ACKLOG.err and exits with 3.
"""

from __future__ import annotations

import os
import random
import sys
import traceback
import uuid
from datetime import timedelta
from pathlib import Path

from sqlalchemy.orm import configure_mappers

from salesdesk.core.db import Database
from salesdesk.core.domain import AccountKind, BuyingRole, CallStatus, CallType, Role
from salesdesk.core.geocoding.service import set_location
from salesdesk.core.models import Account, Call, CallAttendee, Contact, Task, utcnow
from salesdesk.core.territory.attention import set_attention_override
from salesdesk.core.workspace import ProfileInput, current_profile, save_profile

NOTES = (
    "Met the buyer and the workshop lead; they want a trial before the spring order. "
    "خریدار راضی بود و نمونهٔ جدید را می‌خواهد؛ پیگیری هفتهٔ بعد 📦✅\u200f "
)


class AckLog:
    """Append-only, one fsync per line: a line on disk means the commit had returned."""

    def __init__(self, path: Path) -> None:
        self.fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def write(self, *fields: object) -> None:
        os.write(self.fd, ("\t".join(str(f) for f in fields) + "\n").encode())
        os.fsync(self.fd)


def write_forever(db_path: Path, ack_path: Path, seed: int, run: int) -> None:
    rng = random.Random(seed)
    ack = AckLog(ack_path)
    db = Database(db_path)
    profile = current_profile(db)
    owner = profile.id if profile else None
    previous_task: uuid.UUID | None = None
    seq = 0
    while True:
        seq += 1
        token = f"{run}.{seq}"
        account_id, contacts = _new_account(db, rng, token, owner)
        ack.write("account", account_id.hex, contacts[0].hex, contacts[1].hex, token)

        lat, lon = round(rng.uniform(49.9, 58.6), 7), round(rng.uniform(-7.5, 1.7), 7)
        set_location(db, account_id, lat, lon)
        ack.write("location", account_id.hex, repr(lat), repr(lon))

        level = rng.choice("ABCD")
        set_attention_override(db, account_id, level)
        ack.write("attention", account_id.hex, level)

        call_id, task_id = _debrief(db, rng, token, account_id, contacts, owner, previous_task)
        done = previous_task.hex if previous_task else "-"
        ack.write("debrief", call_id.hex, task_id.hex, account_id.hex, done, token)
        previous_task = task_id

        if seq % 3 == 0:
            save_profile(
                db,
                ProfileInput(
                    name=f"Rep {token} نماینده",
                    role=Role.FIELD_REP,
                    monthly_quota=float(seq * 100),
                    home_lat=lat,
                    home_lon=lon,
                ),
            )
            ack.write("profile", run, seq)


def _new_account(db: Database, rng: random.Random, token: str, owner):
    account_id, contacts = uuid.uuid4(), (uuid.uuid4(), uuid.uuid4())
    with db.write() as s:
        s.add(
            Account(
                id=account_id,
                name=f"Crash {token} فروشگاه 🛠",
                kind=rng.choice(list(AccountKind)),
                city=rng.choice(("Leeds", "Wigan", "تهران", "Bolton")),
                employees=rng.randint(3, 400),
                current_revenue=round(rng.uniform(0, 90_000), 2),
                estimated_potential=round(rng.uniform(0, 250_000), 2),
                owner_id=owner,
                notes=NOTES * rng.randint(1, 4),
            )
        )
        s.flush()
        for n, contact_id in enumerate(contacts):
            s.add(
                Contact(
                    id=contact_id,
                    account_id=account_id,
                    first_name=("Sara", "رضا")[n],
                    last_name=f"Contact {token}.{n}",
                    buying_role=rng.choice(list(BuyingRole)),
                )
            )
    return account_id, contacts


def _debrief(db, rng, token, account_id, contacts, owner, previous_task):
    call_id, task_id = uuid.uuid4(), uuid.uuid4()
    now = utcnow()
    with db.write() as s:
        s.add(
            Call(
                id=call_id,
                account_id=account_id,
                owner_id=owner,
                call_type=CallType.VISIT,
                status=CallStatus.DONE,
                planned_start=now - timedelta(hours=2),
                checked_in_at=now - timedelta(hours=2),
                checked_out_at=now - timedelta(hours=1),
                notes=f"{token} " + NOTES * rng.randint(2, 8),
                outcome=f"Trial agreed {token}",
                next_steps="Send the price list / فهرست قیمت",
                debriefed_at=now,
            )
        )
        s.flush()
        s.add_all(CallAttendee(call_id=call_id, contact_id=c) for c in contacts)
        s.add(
            Task(
                id=task_id,
                title=f"Follow up {token}",
                due_date=now.date() + timedelta(days=rng.randint(1, 14)),
                owner_id=owner,
                account_id=account_id,
                call_id=call_id,
            )
        )
        if previous_task is not None:
            s.get(Task, previous_task).done_at = now
    return call_id, task_id


def _child(db: str, ack: str, seed: str, run: str) -> None:
    """Run one writer; it only ends by being killed, or with exit 3 and a traceback."""
    try:
        write_forever(Path(db), Path(ack), int(seed), int(run))
    except BaseException:
        Path(f"{ack}.err").write_text(traceback.format_exc())
        os._exit(3)


def serve() -> None:
    configure_mappers()  # once here, not in every child (0.15 s); nothing connects yet
    print("ready", flush=True)
    for line in sys.stdin:
        command, *args = line.split()
        if command == "run":
            pid = os.fork()
            if pid == 0:  # the writer: never returns to the loop
                _child(*args)
                os._exit(3)
            print(f"pid {pid}", flush=True)
        elif command == "reap":
            _, status = os.waitpid(int(args[0]), 0)
            if os.WIFSIGNALED(status):
                print(f"signal {os.WTERMSIG(status)}", flush=True)
            else:
                print(f"exit {os.waitstatus_to_exitcode(status)}", flush=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["serve"]:
        serve()
    elif sys.argv[1:2] == ["run"] and len(sys.argv) == 6:
        print("ready", flush=True)
        _child(*sys.argv[2:])
    else:
        sys.exit(__doc__)
