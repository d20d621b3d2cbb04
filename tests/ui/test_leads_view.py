"""The Leads view (issue 6) on demo data in the real window: list, lead form, qualification
with the score live, matches confirmed, disqualify and reopen, analytics."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select, text

from salesdesk.bootstrap import open_context
from salesdesk.core.demo import generate
from salesdesk.core.demo.pools import INDUSTRIES
from salesdesk.core.domain import LeadStatus, Process, Role
from salesdesk.core.leads import icp, qualify
from salesdesk.core.leads.frameworks import CriterionInput, frameworks, save_framework
from salesdesk.core.leads.records import LeadInput, save_lead
from salesdesk.core.models import Account, Contact, Lead, Opportunity
from salesdesk.core.workspace import ProfileInput, current_profile, save_profile
from salesdesk.ui.app import make_application
from salesdesk.ui.changes import ChangeNotifier
from salesdesk.ui.leads.analytics import LeadAnalyticsPanel
from salesdesk.ui.leads.match_dialog import MatchDialog
from salesdesk.ui.leads.reason_dialog import ReasonDialog
from salesdesk.ui.main_window import MainWindow
from salesdesk.ui.models.lead_table import (
    COL_COMPANY,
    COL_PERSON,
    STATUS_ROLE,
    TWIN_ROLE,
    LeadTableModel,
)
from salesdesk.ui.state import AppState
from salesdesk.ui.views.lead_list import LeadListPanel
from salesdesk.ui.views.leads import LeadsView

GOOD = {
    "icp_fit": "yes",
    "decision_maker": "yes",
    "budget": "yes",
    "need": 5,
    "timing": "< 3 months",
}


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    """One demo territory (80 accounts, about 24 leads) with a field rep's profile and an
    ideal customer profile every demo lead fits, copied for each test."""
    path = tmp_path_factory.mktemp("leads") / "demo.sqlite3"
    ctx = open_context(path)
    try:
        me = save_profile(ctx.db, ProfileInput(name="Robin Ashworth", role=Role.FIELD_REP))
        generate(ctx.db, accounts=80, seed=5, today=date.today(), me=me.id)
        with ctx.db.write() as s:  # the rep's own leads: a few of each status
            for status in LeadStatus:
                for lead in s.scalars(select(Lead).where(Lead.status == status).limit(2)):
                    lead.owner_id = me.id
        icp.save_profile(
            ctx.db,
            icp.Profile(
                industries=tuple(INDUSTRIES), size_bands=tuple(b[0] for b in icp.SIZE_BANDS)
            ),
        )
    finally:
        ctx.close()
    return path


@pytest.fixture
def db_path(tmp_path, demo_file) -> Path:
    path = tmp_path / "salesdesk.sqlite3"
    shutil.copy(demo_file, path)
    return path


def _window(qtbot, make_state, settings, profile) -> MainWindow:
    window = MainWindow(make_state(profile), settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    with qtbot.waitActive(window):  # shortcuts need the active window
        window.activateWindow()
    return window


def _leads(window: MainWindow) -> LeadsView:
    window.show_process(Process.LEADS)
    view = window.stack.currentWidget()
    assert isinstance(view, LeadsView)
    return view


def _answer_dialog(qtbot, kind, handle) -> list:
    """Deal with the modal dialog the next click opens (exec() blocks the test)."""
    seen = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            seen.append(dialog)
            handle(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def _pick(view: LeadsView, qtbot, status: str) -> Lead:
    """Filter the list to a status (team scope), select the first lead and press Enter."""
    panel = view.list
    panel.scope.setCurrentIndex(panel.scope.findData("team"))
    panel.status.setCurrentIndex(panel.status.findData(status))
    assert panel.model.rowCount() > 0
    panel.table.setFocus()
    panel.table.selectRow(0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    lead_id = panel.model.lead_id(0)
    assert view.qualify.lead_id == lead_id
    assert view.right.currentWidget() is view.qualify
    with view.qualify._db.read() as s:
        return s.get(Lead, lead_id)


def _click_answer(form, key: str, value: str) -> None:
    editor = form.rows[key].editor
    if hasattr(editor, "buttons"):
        if editor.value() != value:
            editor.buttons[value].click()
    else:
        editor.combo.setCurrentIndex(editor.combo.findData(value))
        editor.combo.activated.emit(editor.combo.currentIndex())
    assert editor.value() == value


def _made_from(db, model, lead_id) -> int:
    with db.read() as s:
        return s.scalar(
            select(func.count()).select_from(model).where(model.source_id == str(lead_id))
        )


def test_qualify_a_demo_lead_in_the_real_window_linking_the_account(
    qtbot, db, make_state, settings
):
    window = _window(qtbot, make_state, settings, current_profile(db))
    view = _leads(window)
    lead = _pick(view, qtbot, "new")
    form = view.qualify
    # The profile pre-answers fit, and says why.
    assert form.rows["icp_fit"].editor.value() == "yes"
    assert "ideal customer profile" in form.rows["icp_fit"].why.source.text()
    # Make it one of our accounts: edit the company to an account's name in its town.
    with db.read() as s:
        account = s.scalars(
            select(Account).where(Account.city.is_not(None)).order_by(Account.name)
        ).first()
    qtbot.mouseClick(form.edit_button, Qt.MouseButton.LeftButton)
    assert view.right.currentWidget() is view.form
    view.form.company.setText(account.name)
    view.form.city.setText(account.city)
    qtbot.mouseClick(view.form.save_button, Qt.MouseButton.LeftButton)
    assert view.right.currentWidget() is form
    assert [m.id for m in form.file.matches][:1] == [account.id]

    before = form.verdict.text()
    for key in ("decision_maker", "budget"):
        _click_answer(form, key, "yes")
    assert form.verdict.text() != before
    _click_answer(form, "need", "5")
    _click_answer(form, "timing", "< 3 months")
    assert form.assessment.verdict == "qualifies"
    assert "Qualifies" in form.verdict.text()
    assert form.score.bar.value() == 100

    seen = _answer_dialog(qtbot, MatchDialog, lambda d: d.link_button.click())
    qtbot.mouseClick(form.qualify_button, Qt.MouseButton.LeftButton)
    assert seen, "the match dialog was not shown"
    with db.read() as s:
        stored = s.get(Lead, lead.id)
        assert stored.status == LeadStatus.QUALIFIED
        assert stored.account_id == account.id
        opp = s.get(Opportunity, stored.opportunity_id)
        assert opp.account_id == account.id and opp.qualification["score"] == 100
        contact = s.get(Contact, stored.contact_id)
        assert contact.account_id == account.id and contact.last_name == lead.last_name
    assert _made_from(db, Opportunity, lead.id) == 1
    assert _made_from(db, Contact, lead.id) == 1
    assert form.conversion.isVisible()
    assert "linked" in form.conversion.lines["account"].text()
    assert not form.qualify_button.isVisible()
    assert not form.rows["need"].editor.isEnabled()

    # Again: nothing new.
    with db.read() as s:
        accounts = s.scalar(select(func.count()).select_from(Account))
    again = form.qualify()
    assert again is not None and not any(again.created.values())
    assert _made_from(db, Opportunity, lead.id) == 1
    assert _made_from(db, Contact, lead.id) == 1
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Account)) == accounts


def test_below_threshold_asks_then_creates_a_new_account(qtbot, db, make_state, settings):
    window = _window(qtbot, make_state, settings, current_profile(db))
    view = _leads(window)
    lead = _pick(view, qtbot, "new")
    form = view.qualify
    _click_answer(form, "decision_maker", "yes")
    _click_answer(form, "need", "2")
    assert form.assessment.verdict == "below_threshold"
    assert "Below the threshold" in form.verdict.text()
    asked = _answer_dialog(
        qtbot, QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click()
    )
    matched = []
    if form.file.matches:
        matched = _answer_dialog(qtbot, MatchDialog, lambda d: d.new_button.click())
    assert form.qualify() is not None
    assert asked and (matched or not form.file.matches)
    with db.read() as s:
        stored = s.get(Lead, lead.id)
        assert stored.status == LeadStatus.QUALIFIED
        account = s.get(Account, stored.account_id)
        assert account.source_id == str(lead.id) and account.name == lead.company
    assert "created now" in form.conversion.lines["account"].text()


def test_a_lead_qualified_with_the_rule_off_offers_to_create_its_records(
    qtbot, db, make_state, settings
):
    from salesdesk.core.automation.rules import save_rule_settings

    save_rule_settings(db, {"lead_qualified": {"enabled": False}})
    window = _window(qtbot, make_state, settings, current_profile(db))
    view = _leads(window)
    lead = _pick(view, qtbot, "new")
    form = view.qualify
    for key, value in (("icp_fit", "yes"), ("decision_maker", "yes"), ("budget", "yes")):
        _click_answer(form, key, value)
    _click_answer(form, "need", "5")
    if form.file.matches:
        _answer_dialog(qtbot, MatchDialog, lambda d: d.new_button.click())
    assert form.qualify() is not None
    with db.read() as s:
        stored = s.get(Lead, lead.id)
        assert stored.status == LeadStatus.QUALIFIED and stored.opportunity_id is None
    assert form.qualify_button.isVisible() and "Create the records" in form.qualify_button.text()
    save_rule_settings(db, {"lead_qualified": {"enabled": True}})
    if form.file.matches:
        _answer_dialog(qtbot, MatchDialog, lambda d: d.new_button.click())
    assert form.qualify() is not None
    with db.read() as s:
        assert s.get(Lead, lead.id).opportunity_id is not None
    assert not form.qualify_button.isVisible()


def test_disqualify_with_a_reason_then_reopen(qtbot, db, make_state, settings):
    window = _window(qtbot, make_state, settings, current_profile(db))
    view = _leads(window)
    lead = _pick(view, qtbot, "working")
    form = view.qualify

    def choose(dialog: ReasonDialog) -> None:
        dialog.reason.setCurrentText("no budget")
        dialog.ok_button.click()

    seen = _answer_dialog(qtbot, ReasonDialog, choose)
    qtbot.mouseClick(form.disqualify_button, Qt.MouseButton.LeftButton)
    assert seen
    with db.read() as s:
        stored = s.get(Lead, lead.id)
        assert (stored.status, stored.disqualify_reason) == ("disqualified", "no budget")
    assert form.banner.isVisible() and "no budget" in form.banner_text.text()
    assert not form.qualify_button.isVisible()
    qtbot.mouseClick(form.reopen_button, Qt.MouseButton.LeftButton)
    with db.read() as s:
        assert s.get(Lead, lead.id).status == LeadStatus.WORKING
    assert form.qualify_button.isVisible()


def test_a_knock_out_is_shown_and_qualify_is_refused(qtbot, db, make_state, settings):
    window = _window(qtbot, make_state, settings, current_profile(db))
    view = _leads(window)
    lead = _pick(view, qtbot, "new")
    form = view.qualify
    for key, value in GOOD.items():
        _click_answer(form, key, str(value))
    assert form.assessment.verdict == "qualifies"
    _click_answer(form, "decision_maker", "no")
    assert form.assessment.verdict == "knocked_out"
    assert form.rows["decision_maker"].property("state") == "out"
    assert "Knocked out by Decision maker" in form.verdict.text()
    qtbot.mouseClick(form.qualify_button, Qt.MouseButton.LeftButton)
    assert form.error.isVisible()
    assert "cannot be qualified. Disqualify it." in form.error.text()
    with db.read() as s:
        stored = s.get(Lead, lead.id)
        assert stored.status == LeadStatus.NEW and stored.opportunity_id is None


def test_a_number_answer_of_the_wrong_type_is_shown_inline(qtbot, db, make_state):
    fw = frameworks(db)[0]
    extra = CriterionInput("Fleet size", "How many vans?", "number", 10.0)
    save_framework(db, replace(fw.as_input(), criteria=[*fw.as_input().criteria, extra]))
    view = LeadsView(make_state(current_profile(db)))
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    with db.read() as s:
        lead_id = s.scalar(select(Lead.id).where(Lead.status == "new").order_by(Lead.id))
    view.open_lead(lead_id)
    row = view.qualify.rows["fleet_size"]
    qtbot.keyClicks(row.editor.edit, "lots")
    assert row.error.isVisible() and "expects a number" in row.error.text()
    assert row.property("state") == "bad"
    row.editor.edit.clear()
    qtbot.keyClicks(row.editor.edit, "12")
    assert not row.error.isVisible()
    assert next(a for a in view.qualify.assessment.answers if a.key == "fleet_size").value == "12"


def test_new_lead_with_a_duplicate_email_warns_and_is_flagged(qtbot, db, make_state, settings):
    window = _window(qtbot, make_state, settings, current_profile(db))
    view = _leads(window)
    with db.read() as s:
        twin = s.scalars(
            select(Lead).where(Lead.email.is_not(None)).order_by(Lead.created_at)
        ).first()
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = view.form
    assert view.right.currentWidget() is form and form.lead_id is None
    qtbot.keyClicks(form.first_name, "Dana")
    qtbot.keyClicks(form.last_name, "Okafor")
    qtbot.keyClicks(form.email, twin.email.upper())
    qtbot.waitUntil(form.email_warning.isVisible, timeout=3000)
    assert twin.last_name in form.email_warning.text()
    assert form.email_warning.text().startswith("Another lead has this email:")
    qtbot.keyClicks(form.employees, "-3")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form._errors["employees"].isVisible()  # core's refusal, at its field
    assert "cannot be negative" in form._errors["employees"].text()
    form.employees.clear()
    with qtbot.waitActive(window):  # offscreen, activation does not survive the steps above
        window.activateWindow()
    form.email.setFocus()
    qtbot.keyClick(form.email, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = form.last_saved
    assert saved is not None and saved.duplicate_of == twin.id
    with db.read() as s:
        assert s.get(Lead, saved.id).duplicate_of_id == twin.id
    assert view.qualify.lead_id == saved.id and view.qualify.banner.isVisible()
    panel = view.list
    panel.scope.setCurrentIndex(panel.scope.findData("team"))
    panel.duplicates.setChecked(True)
    ids = [panel.model.lead_id(r) for r in range(panel.model.rowCount())]
    assert saved.id in ids
    row = panel.model.row_of(saved.id)
    index = panel.model.index(row, COL_COMPANY)
    assert panel.model.data(index, TWIN_ROLE) == str(twin.id)
    assert twin.last_name in panel.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert panel.model.data(index, Qt.ItemDataRole.DecorationRole) is not None


def _count(db, where: str = "1", **params) -> int:
    with db.read() as s:
        return s.execute(
            text(f"SELECT count(*) FROM leads WHERE deleted_at IS NULL AND ({where})"), params
        ).scalar_one()


def test_list_filters_and_sorting_match_the_database(qtbot, db, make_state, qtmodeltester):
    qtmodeltester.check(LeadTableModel(db))
    me = current_profile(db)
    panel = LeadListPanel(make_state(me))
    qtbot.addWidget(panel)
    panel.resize(1000, 600)
    assert panel.model.rowCount() == _count(db, "owner_id = :me", me=me.id.hex)
    panel.scope.setCurrentIndex(panel.scope.findData("team"))
    assert panel.model.rowCount() == _count(db)
    for status in LeadStatus:
        panel.status.setCurrentIndex(panel.status.findData(status.value))
        n = panel.model.rowCount()
        assert n == _count(db, "status = :s", s=status.value)
        assert {panel.model.data(panel.model.index(r, 0), STATUS_ROLE) for r in range(n)} <= {
            status.value
        }
    panel.status.setCurrentIndex(0)
    source = panel.source.itemData(1)
    panel.source.setCurrentIndex(1)
    assert panel.model.rowCount() == _count(db, "source = :s", s=source) > 0
    panel.source.setCurrentIndex(0)
    with db.read() as s:
        company = s.scalar(select(Lead.company).order_by(Lead.company))
    panel.search.setText(company.upper())
    panel.apply_filter()
    assert panel.model.rowCount() >= 1
    assert panel.model.data(panel.model.index(0, COL_COMPANY)) == company
    panel.search.clear()
    panel.apply_filter()
    panel.table.horizontalHeader().setSortIndicator(COL_COMPANY, Qt.SortOrder.AscendingOrder)
    shown = [
        panel.model.data(panel.model.index(r, COL_COMPANY)) for r in range(panel.model.rowCount())
    ]
    assert panel.model.query.sort == "company" and not panel.model.query.descending
    assert shown == sorted(shown, key=lambda c: (c is None, c))
    panel.table.horizontalHeader().setSortIndicator(COL_PERSON, Qt.SortOrder.DescendingOrder)
    assert panel.model.query.sort == "name" and panel.model.query.descending


def test_analytics_counts_a_small_known_dataset(qtbot, qapp, tmp_path):
    # A fresh database, not the demo: five leads whose figures are known.
    make_application([])
    ctx = open_context(tmp_path / "small.sqlite3")
    try:
        db = ctx.db
        boss = save_profile(db, ProfileInput(name="Morgan Hale", role=Role.SALES_MANAGER))
        ids = [
            save_lead(db, LeadInput(company=f"Firm {i}", source=src), boss.id).id
            for i, src in enumerate(["website", "website", "website", "referral", None])
        ]
        qualify.qualify(db, ids[0], GOOD, account=qualify.NEW_ACCOUNT)
        qualify.disqualify(db, ids[1], "no budget")
        qualify.disqualify(db, ids[3], "no budget")
        qualify.save_answers(db, ids[2], {"need": 3})  # working
        state = AppState(ctx=ctx, notifier=ChangeNotifier(db), profile=current_profile(db))
        panel = LeadAnalyticsPanel(state)
        qtbot.addWidget(panel)
        panel.period.setCurrentIndex(panel.period.findData("all"))
        panel.show()
        qtbot.waitUntil(lambda: panel.data is not None and panel.data.total == 5, timeout=5000)
        assert panel.team
        cells = {
            panel.sources.item(r, 0).text(): [
                panel.sources.item(r, c).text() for c in range(panel.sources.columnCount())
            ]
            for r in range(panel.sources.rowCount())
        }
        # source, total, new, working, qualified, disqualified, conversion, days
        assert cells["website"][1:6] == ["3", "0", "1", "1", "1"]
        assert cells["website"][6] == "50% (1 of 2)"
        assert cells["referral"][1:7] == ["1", "0", "0", "0", "1", "0% (0 of 1)"]
        assert cells["(no source)"][1:3] == ["1", "1"] and cells["(no source)"][6] == "–"
        assert [panel.reasons.item(0, c).text() for c in (0, 1)] == ["no budget", "2"]
        assert panel.reps.item(0, 0).text() == "Morgan Hale"
        assert panel.reps.item(0, 1).text() == "5"
        assert panel.reps.item(0, 6).text() == "33% (1 of 3)"
    finally:
        QThreadPool.globalInstance().waitForDone(10_000)
        ctx.close()
