"""Kill a writing child with SIGKILL at random moments and check what survived.

`run_kills()` prepares a database the way the app does (migrate, reference data, a
profile), then repeats: start a writer (crash_writer.py), sleep a seeded random time,
`kill -9` it, reap it, and check the file as the killed child left it, hot WAL
included (opened read-only, so the next writer, through the real Database, is the one
that recovers it):

- `PRAGMA integrity_check` is "ok" and `PRAGMA foreign_key_check` finds nothing;
- every write the child acknowledged, in any run so far, is in the database;
- every unit of work is all there or not at all, acknowledged or not (an account has
  both its contacts, a debrief call both attendees and its task).

After the last kill the file is opened read-write once, as the next start would, and
checked again. Used by test_crash_safety.py (50 kills) and benchmarks/soak_crash.py.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

WRITER = Path(__file__).with_name("crash_writer.py")


@dataclass
class KillReport:
    kills: int = 0
    acknowledged: int = 0  # distinct acknowledged writes, each checked after every later kill
    checks: int = 0  # acknowledged writes checked, summed over all kills
    kills_before_first_ack: int = 0  # the child died opening or in its first unit of work
    committed_not_acknowledged: int = 0  # killed between commit and the ack line
    failures: list[str] = field(default_factory=list)
    elapsed: float = 0.0
    by_kind: dict[str, int] = field(default_factory=dict)


class _Server:
    """crash_writer.py serve: forks writers on request and reaps them."""

    def __init__(self, workdir: Path) -> None:
        self.stderr = (workdir / "server.err").open("w")
        self.proc = subprocess.Popen(
            [sys.executable, str(WRITER), "serve"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.stderr,
            text=True,
            bufsize=1,
        )
        self._expect("ready")

    def _expect(self, word: str) -> str:
        line = self.proc.stdout.readline().strip()
        if not line.startswith(word):
            raise RuntimeError(f"writer server said {line!r}, see server.err")
        return line[len(word) :].strip()

    def start(self, db: Path, ack: Path, seed: int, run: int) -> int:
        self.proc.stdin.write(f"run {db} {ack} {seed} {run}\n")
        return int(self._expect("pid"))

    def reap(self, pid: int) -> str:
        self.proc.stdin.write(f"reap {pid}\n")
        return self.proc.stdout.readline().strip()

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=30)
        self.stderr.close()


class _Spawner:
    """One fresh interpreter per writer: slower (imports each time), no fork involved."""

    def __init__(self, workdir: Path) -> None:
        self.children: dict[int, subprocess.Popen] = {}

    def start(self, db: Path, ack: Path, seed: int, run: int) -> int:
        child = subprocess.Popen(
            [sys.executable, str(WRITER), "run", str(db), str(ack), str(seed), str(run)],
            stdout=subprocess.PIPE,
            text=True,
        )
        child.stdout.readline()  # "ready": imports done, the kill clock starts now
        self.children[child.pid] = child
        return child.pid

    def reap(self, pid: int) -> str:
        code = self.children.pop(pid).wait()
        return f"signal {-code}" if code < 0 else f"exit {code}"

    def close(self) -> None:
        pass


def prepare_database(path: Path) -> None:
    """A database as the app leaves it after the first start: migrated, seeded, profiled."""
    from salesdesk.core.db import Database
    from salesdesk.core.domain import Role
    from salesdesk.core.migrate import prepare
    from salesdesk.core.reference import ensure_reference_data
    from salesdesk.core.workspace import ProfileInput, save_profile

    prepare(path, path.parent / "backups")
    db = Database(path)
    try:
        with db.write() as session:
            ensure_reference_data(session)
        save_profile(db, ProfileInput(name="Rep 0.0 setup", role=Role.FIELD_REP))
    finally:
        db.dispose()


def run_kills(
    workdir: Path,
    kills: int,
    seed: int = 11,
    max_delay: float = 0.3,
    spawn: bool = False,
) -> KillReport:
    """`kills` writers, each killed after uniform(0, max_delay) seconds of life."""
    workdir.mkdir(parents=True, exist_ok=True)
    db = workdir / "crash.sqlite3"
    started = time.perf_counter()
    prepare_database(db)
    rng = random.Random(seed)
    report = KillReport()
    acks: list[list[str]] = []
    children = _Spawner(workdir) if spawn else _Server(workdir)
    try:
        for run in range(1, kills + 1):
            ack = workdir / f"ack-{run:05d}.log"
            pid = children.start(db, ack, seed * 1_000_003 + run, run)
            try:
                time.sleep(rng.uniform(0.0, max_delay))
            finally:  # even when interrupted: never leave a writer running
                os.kill(pid, signal.SIGKILL)
            status = children.reap(pid)
            report.kills += 1
            if status != f"signal {signal.SIGKILL}":
                err = Path(f"{ack}.err")
                detail = err.read_text()[-2000:] if err.exists() else ""
                report.failures.append(f"run {run}: writer ended by itself ({status}) {detail}")
            new = read_acks(ack)
            if not new:
                report.kills_before_first_ack += 1
            acks.extend(new)
            checked, problems = check_database(db, acks, read_only=True)
            report.checks += checked
            report.failures.extend(f"run {run}: {p}" for p in problems)
            if len(report.failures) > 20:  # enough to diagnose; stop early
                break
    finally:
        children.close()
    checked, problems = check_database(db, acks, read_only=False)
    report.failures.extend(f"final read-write open: {p}" for p in problems)
    report.acknowledged = len(acks)
    report.committed_not_acknowledged = _unacknowledged(db, acks)
    kinds: dict[str, int] = defaultdict(int)
    for a in acks:
        kinds[a[0]] += 1
    report.by_kind = dict(kinds)
    report.elapsed = time.perf_counter() - started
    return report


def read_acks(path: Path) -> list[list[str]]:
    """Complete lines only: a line cut short by the kill was never acknowledged."""
    if not path.exists():
        return []
    text = path.read_text()
    lines = text.split("\n")[:-1]  # the part after the last newline is incomplete
    return [line.split("\t") for line in lines]


def _connect(db: Path, read_only: bool) -> sqlite3.Connection:
    if read_only:
        return sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    return sqlite3.connect(db)


def check_database(db: Path, acks: list[list[str]], read_only: bool) -> tuple[int, list[str]]:
    """(acknowledged writes checked, problems found)."""
    problems: list[str] = []
    con = _connect(db, read_only)
    try:
        integrity = [r[0] for r in con.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            problems.append(f"integrity_check: {'; '.join(integrity[:5])}")
        broken = con.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            problems.append(f"foreign_key_check: {broken[:5]}")
        state = _State(con)
    finally:
        con.close()
    problems.extend(state.atomicity())
    best_profile = (0, 0)
    for ack in acks:
        kind, *f = ack
        problem = None
        if kind == "account":
            problem = state.account(*f)
        elif kind == "location":
            problem = state.location(*f)
        elif kind == "attention":
            problem = state.attention(*f)
        elif kind == "debrief":
            problem = state.debrief(*f)
        elif kind == "profile":
            best_profile = max(best_profile, (int(f[0]), int(f[1])))
        else:
            problem = f"unknown ack line {ack!r}"
        if problem:
            problems.append(problem)
    if state.profile < best_profile:
        problems.append(f"profile {state.profile} is older than acknowledged {best_profile}")
    return len(acks), problems


class _State:
    """The rows the writer touches, read in a few queries."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self.accounts = {
            r[0]: r[1:]
            for r in con.execute(
                "SELECT id, name, lat, lon, geocode_precision, attention_level, "
                "attention_override FROM accounts WHERE name LIKE 'Crash %'"
            )
        }
        self.contacts = dict(con.execute("SELECT id, account_id FROM contacts"))
        self.calls = dict(con.execute("SELECT id, account_id FROM calls"))
        self.attendees = dict(
            con.execute("SELECT call_id, count(*) FROM call_attendees GROUP BY call_id")
        )
        self.tasks = {r[0]: r[1:] for r in con.execute("SELECT id, call_id, done_at FROM tasks")}
        name = con.execute(
            "SELECT u.name FROM users u JOIN settings s "
            "ON s.key = 'current_user_id' AND replace(json_extract(s.value, '$'), '-', '') = u.id"
        ).fetchone()
        run, seq = name[0].split()[1].split(".") if name else ("-1", "-1")
        self.profile = (int(run), int(seq))

    def atomicity(self) -> list[str]:
        problems = []
        per_account: dict[str, int] = defaultdict(int)
        for account in self.contacts.values():
            per_account[account] += 1
        for account_id in self.accounts:
            if per_account[account_id] != 2:
                problems.append(f"account {account_id} has {per_account[account_id]} contacts")
        tasks_per_call: dict[str, int] = defaultdict(int)
        for call_id, _done in self.tasks.values():
            tasks_per_call[call_id] += 1
        for call_id in self.calls:
            if self.attendees.get(call_id) != 2 or tasks_per_call[call_id] != 1:
                problems.append(f"call {call_id} is half-written")
        return problems

    def account(self, account_id, contact1, contact2, token) -> str | None:
        row = self.accounts.get(account_id)
        if row is None or token not in row[0]:
            return f"acknowledged account {token} ({account_id}) is missing"
        for contact in (contact1, contact2):
            if self.contacts.get(contact) != account_id:
                return f"acknowledged contact {contact} of {token} is missing"
        return None

    def location(self, account_id, lat, lon) -> str | None:
        row = self.accounts.get(account_id)
        if row is None or (row[1], row[2], row[3]) != (float(lat), float(lon), "manual"):
            return f"acknowledged location {lat},{lon} of {account_id} is missing: {row}"
        return None

    def attention(self, account_id, level) -> str | None:
        row = self.accounts.get(account_id)
        if row is None or (row[4], row[5]) != (level, 1):
            return f"acknowledged attention {level} of {account_id} is missing: {row}"
        return None

    def debrief(self, call_id, task_id, account_id, done_task, token) -> str | None:
        if self.calls.get(call_id) != account_id:
            return f"acknowledged debrief call {token} ({call_id}) is missing"
        if self.tasks.get(task_id, (None,))[0] != call_id:
            return f"acknowledged task {token} ({task_id}) is missing"
        if done_task != "-" and self.tasks.get(done_task, (None, None))[1] is None:
            return f"acknowledged tick of task {done_task} (in debrief {token}) is missing"
        return None


def _unacknowledged(db: Path, acks: list[list[str]]) -> int:
    """Units committed whose ack line the kill prevented (account and debrief units)."""
    con = _connect(db, read_only=True)
    try:
        state = _State(con)
    finally:
        con.close()
    acked_accounts = {a[1] for a in acks if a[0] == "account"}
    acked_calls = {a[1] for a in acks if a[0] == "debrief"}
    return len(set(state.accounts) - acked_accounts) + len(set(state.calls) - acked_calls)
