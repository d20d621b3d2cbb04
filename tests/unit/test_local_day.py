"""Stored times are naive UTC; 'today' means the day on the user's own clock."""

import os
import subprocess
import sys


def _start_of_day_in(tz: str) -> str:
    code = (
        "from datetime import date; from salesdesk.core.today import utc_start_of;"
        "print(utc_start_of(date(2026, 7, 1)))"
    )
    env = dict(os.environ, TZ=tz)
    return subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout.strip()


def test_a_day_in_tehran_starts_at_half_past_eight_utc_the_evening_before():
    assert _start_of_day_in("Asia/Tehran") == "2026-06-30 20:30:00"


def test_a_summer_day_in_london_starts_at_eleven_utc_the_evening_before():
    assert _start_of_day_in("Europe/London") == "2026-06-30 23:00:00"
