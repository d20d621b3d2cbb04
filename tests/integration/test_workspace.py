"""The local profile and the role-to-process mapping, on a real database."""

import pytest

from salesdesk.core.backup import rolling_backup
from salesdesk.core.domain import DEFAULT_ROLE_PROCESSES, Process, Role
from salesdesk.core.workspace import (
    InvalidProfileError,
    ProfileInput,
    current_profile,
    role_processes,
    save_profile,
    set_role_processes,
)


def test_the_first_profile_becomes_the_current_user_and_later_saves_update_it(db):
    first = save_profile(db, ProfileInput(name="Ann Rep", role=Role.FIELD_REP))
    second = save_profile(db, ProfileInput(name="Ann Rep-Smith", role=Role.ACCOUNT_MANAGER))
    assert first.id == second.id == current_profile(db).id
    assert current_profile(db).role == Role.ACCOUNT_MANAGER


@pytest.mark.parametrize(
    ("quota", "lat", "lon", "message"),
    [
        (float("nan"), None, None, "must be a number"),
        (-1, None, None, "negative"),
        (0, 53.4, None, "both latitude and longitude"),
        (0, 95.0, 2.0, "outside the valid range"),
    ],
)
def test_bad_profile_input_is_refused_with_a_reason(db, quota, lat, lon, message):
    with pytest.raises(InvalidProfileError, match=message):
        save_profile(
            db,
            ProfileInput(
                name="Ann", role=Role.FIELD_REP, monthly_quota=quota, home_lat=lat, home_lon=lon
            ),
        )
    assert current_profile(db) is None


def test_a_rep_may_not_change_which_processes_roles_see(db):
    rep = save_profile(db, ProfileInput(name="Ann", role=Role.FIELD_REP))
    with pytest.raises(PermissionError):
        set_role_processes(db, rep, {Role.FIELD_REP: (Process.TODAY,)})
    assert role_processes(db) == DEFAULT_ROLE_PROCESSES


def test_backups_of_one_database_never_rotate_another_ones_away(tmp_path):
    import sqlite3

    for name in ("sales", "sales-old"):
        sqlite3.connect(tmp_path / f"{name}.sqlite3").close()
    folder = tmp_path / "backups"
    theirs = rolling_backup(tmp_path / "sales-old.sqlite3", folder, "manual", keep=2)
    for _ in range(4):
        rolling_backup(tmp_path / "sales.sqlite3", folder, "manual", keep=2)
    assert theirs.exists()
    assert len(list(folder.glob("sales-2*.sqlite3"))) == 2
