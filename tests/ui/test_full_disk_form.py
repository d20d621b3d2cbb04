"""A save refused by a full disk keeps what the user typed and says why (issue 11)."""

from __future__ import annotations

import sqlite3

from sqlalchemy import event

from salesdesk.core.domain import Role
from salesdesk.core.workspace import ProfileInput, current_profile, save_profile
from salesdesk.ui.dialogs.profile import ProfileDialog


def test_profile_dialog_keeps_the_typed_text_when_the_disk_is_full(db, db_path, qtbot):
    save_profile(db, ProfileInput(name="Robin Ashworth", role=Role.FIELD_REP))
    db.dispose()
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    con.close()

    def cap(dbapi_con, _record):  # the file may not grow: SQLITE_FULL, as on a full disk
        dbapi_con.execute(f"PRAGMA max_page_count={pages}")

    event.listen(db.engine, "connect", cap)
    try:
        dialog = ProfileDialog(db, current_profile(db))
        qtbot.addWidget(dialog)
        long_text = "Notes that must not be lost " * 4000  # more than the file can take
        dialog.form.name.setText("Robin Ashworth-Khan")
        dialog.form.home.setText(long_text[:20000])
        dialog.accept()
        assert dialog.result() == 0  # still open
        assert dialog.form.name.text() == "Robin Ashworth-Khan"
        assert dialog.form.home.text() == long_text[:20000]
        assert "full" in dialog.form.error.text()
        assert current_profile(db).name == "Robin Ashworth"  # nothing half-saved
    finally:
        event.remove(db.engine, "connect", cap)
