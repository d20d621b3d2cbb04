"""kill -9 during real writes loses no acknowledged commit and never damages the file.

The short version of benchmarks/soak_crash.py (issue 11): 50 writers, each doing sales
visits through the services (crash_writer.py) and killed with SIGKILL after a seeded
random time; after every kill the file passes integrity_check and foreign_key_check,
and every write a writer had acknowledged (in any run so far) is in it.
"""

from __future__ import annotations

from crash_harness import check_database, read_acks, run_kills

KILLS = 50


def test_kill_9_during_writes_loses_no_acknowledged_commit(tmp_path):
    report = run_kills(tmp_path / "crash", kills=KILLS, seed=11, max_delay=0.5)
    assert report.failures == []
    assert report.kills == KILLS
    # The kills landed while writing, not only while starting: most children had
    # acknowledged several units of work of every kind before they died.
    assert report.kills - report.kills_before_first_ack >= KILLS * 0.7
    assert report.acknowledged >= KILLS * 5
    assert set(report.by_kind) == {"account", "location", "attention", "debrief", "profile"}


def test_the_check_finds_a_missing_acknowledged_write(tmp_path):
    """The harness is not vacuous: a write acknowledged but absent is reported."""
    report = run_kills(tmp_path / "crash", kills=2, seed=3, max_delay=0.4)
    assert report.failures == [] and report.kills == 2
    db = tmp_path / "crash" / "crash.sqlite3"
    acks = read_acks(tmp_path / "crash" / "ack-00001.log") + read_acks(
        tmp_path / "crash" / "ack-00002.log"
    )
    ghost = "0" * 31 + "1"
    forged = [
        ["account", ghost, ghost, ghost, "9.9"],
        ["location", ghost, "51.5", "-0.1"],
        ["debrief", ghost, ghost, ghost, "-", "9.9"],
        ["profile", "999", "1"],
    ]
    _, problems = check_database(db, acks + forged, read_only=True)
    assert len(problems) == 4, problems
