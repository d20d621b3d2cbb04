"""The account table model: Qt's model contract, lazy paging, sorting, live refresh."""

from PySide6.QtCore import Qt

from salesdesk.core.accounts import AccountQuery
from salesdesk.core.models import Account
from salesdesk.ui.models import account_table
from salesdesk.ui.models.account_table import COL_NAME, COL_POTENTIAL, AccountTableModel
from salesdesk.ui.views.account_list import AccountListPanel


def _seed(db, n):
    with db.write() as s:
        s.add_all(
            Account(
                name=f"Account {i:04d}",
                city="Stockport",
                kind="customer",
                estimated_potential=float(i),
            )
            for i in range(n)
        )


def test_model_passes_qt_model_tester(qtmodeltester, db, qapp):
    _seed(db, 30)
    qtmodeltester.check(AccountTableModel(db))


def test_rows_are_fetched_a_page_at_a_time(db, qapp, monkeypatch):
    _seed(db, 450)
    model = AccountTableModel(db)
    fetched = []
    real = account_table.account_rows
    monkeypatch.setattr(
        account_table, "account_rows", lambda db_, ids: fetched.append(len(ids)) or real(db_, ids)
    )
    assert model.rowCount() == 450
    assert model.data(model.index(0, COL_NAME)) == "Account 0449"  # highest potential first
    assert model.data(model.index(5, COL_NAME)) == "Account 0444"
    assert model.data(model.index(449, COL_NAME)) == "Account 0000"
    assert fetched == [account_table.PAGE, 450 - 2 * account_table.PAGE]


def test_sorting_by_a_column_reorders(db, qapp):
    _seed(db, 5)
    model = AccountTableModel(db)
    model.sort(COL_POTENTIAL, Qt.SortOrder.AscendingOrder)
    assert model.data(model.index(0, COL_NAME)) == "Account 0000"
    assert model.query.sort == "potential" and not model.query.descending


def test_panel_filters_as_you_type_and_refreshes_after_a_write(qtbot, db, make_state):
    _seed(db, 12)
    panel = AccountListPanel(make_state())
    qtbot.addWidget(panel)
    assert "12" in panel.count.text()
    panel.search.setText("Account 0011")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=2000)
    with db.write() as s:
        s.add(Account(name="Account 0011 North", city="Stockport"))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=2000)
    assert panel.model.query == AccountQuery(text="Account 0011")
