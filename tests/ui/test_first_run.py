"""First run: the welcome dialog checks the profile; demo data builds off the GUI thread."""

from PySide6.QtCore import QCoreApplication, QThread

from salesdesk.core.domain import Role
from salesdesk.core.stats import record_counts
from salesdesk.core.workspace import ProfileInput, save_profile
from salesdesk.ui.app import load_demo
from salesdesk.ui.dialogs.welcome import WelcomeDialog


def test_welcome_dialog_refuses_an_empty_name_and_says_why(qtbot):
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() == 0 and dialog.profile_input is None
    assert "name" in dialog.form.error.text()


def test_welcome_dialog_reads_coordinates_as_home_base(qtbot):
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    dialog.form.name.setText("  Dana Okafor ")
    dialog.form.role.setCurrentIndex(dialog.form.role.findData(Role.ACCOUNT_MANAGER.value))
    dialog.form.home.setText("53.3900, -2.5970")
    dialog.form.quota.setValue(75000)
    dialog.accept()
    p = dialog.profile_input
    assert (p.name, p.role, p.home_lat, p.home_lon, p.monthly_quota) == (
        "Dana Okafor",
        Role.ACCOUNT_MANAGER,
        53.39,
        -2.597,
        75000,
    )
    assert dialog.wants_demo


def test_demo_data_is_built_on_a_worker_thread_for_the_new_profile(qtbot, ctx, monkeypatch):
    from salesdesk.core import demo

    me = save_profile(ctx.db, ProfileInput(name="Dana Okafor", role=Role.FIELD_REP))
    threads = []
    real = demo.generate

    def spy(*args, **kwargs):
        threads.append(QThread.currentThread() == QCoreApplication.instance().thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(demo, "generate", spy)
    assert load_demo(ctx, me.id, accounts=40)
    assert threads == [False]  # ran, and not on the GUI thread
    assert record_counts(ctx.db, ("accounts",))["accounts"] == 40


def test_a_database_with_accounts_is_not_offered_demo_data(qtbot):
    dialog = WelcomeDialog(has_data=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.demo.isVisible()
    assert not dialog.wants_demo


def test_the_window_refuses_a_file_that_is_not_a_database_and_leaves_it(
    tmp_path, qapp, monkeypatch
):
    import sys

    from salesdesk.ui import app as app_module

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    shown = []
    monkeypatch.setattr(app_module, "critical", lambda parent, text: shown.append(text))
    path = tmp_path / "notes.sqlite3"
    path.write_text("not a database")
    assert app_module.run_gui(str(path)) == 1
    assert shown and "not an SQLite file" in shown[0]
    assert path.read_text() == "not a database"
