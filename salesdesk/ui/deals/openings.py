"""Cross-sell and upsell openings, and customers with no open deal, each row with its
reason and a Create deal button (one click, one deal: a second click finds it).

The lists come from `core.deals.openings`, read on a worker thread (the cross-sell list
over 100,000 accounts takes over a second). A sales manager sees every customer, anyone
else their own unless they choose everyone's.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.deals.openings import (
    CROSS_SELL,
    KINDS,
    NO_DEAL,
    UPSELL,
    Opening,
    OpeningList,
    create_deal_from,
    openings,
)
from ...core.domain import Role
from ..labels import money
from ..messages import arg, error_text
from ..views.common import label
from ..worker import LatestAnswer

LIMIT = 100
WATCHED = frozenset({"accounts", "opportunities", "line_items", "products", "pipeline_stages"})
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
OPENING_ROLE = Qt.ItemDataRole.UserRole + 21  # the Opening of the row, on column 0


class OpeningsPanel(QWidget):
    """Openings, standalone or as a tab of the Deals view."""

    loaded = Signal(object)  # {kind: OpeningList}
    deal_created = Signal(object)  # the new (or existing) deal's id

    def __init__(self, app_state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = app_state
        self._db = app_state.ctx.db
        self.live = LatestAnswer(
            self,
            app_state.notifier,
            WATCHED,
            self._question,
            self._show,
            lambda text: self.status.setText(text),
            ignore=lambda: self._creating,
        )
        self._creating = False
        self.data: dict[str, OpeningList] = {}
        self.created: dict[tuple, object] = {}  # opening key -> deal id, kept across reloads
        manager = app_state.role == Role.SALES_MANAGER or app_state.user_id is None

        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("Customers"))
        self.scope.addItem(self.tr("My customers"), "mine")
        self.scope.addItem(self.tr("Every customer"), "all")
        self.scope.setCurrentIndex(1 if manager else 0)
        self.scope.setVisible(not manager)
        self.scope.currentIndexChanged.connect(self.refresh)
        self.status = label("", "muted")
        reload = QPushButton(self.tr("Refresh"))
        reload.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.scope)
        top.addWidget(self.status, 1)
        top.addWidget(reload)

        self.tabs = QTabWidget()
        self.tables: dict[str, QTableWidget] = {}
        self.counts: dict[str, object] = {}
        titles = {
            CROSS_SELL: self.tr("Cross-sell"),
            UPSELL: self.tr("Upsell"),
            NO_DEAL: self.tr("No open deal"),
        }
        for kind in KINDS:
            page = QWidget()
            lay = QVBoxLayout(page)
            lay.setContentsMargins(8, 8, 8, 8)
            self.counts[kind] = label(self._explanation(kind), "muted", wrap=True)
            lay.addWidget(self.counts[kind])
            self.tables[kind] = self._table(self._headers(kind))
            lay.addWidget(self.tables[kind], 1)
            self.tabs.addTab(page, titles[kind])

        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.addLayout(top)
        lay.addWidget(self.tabs, 1)

    def _explanation(self, kind: str) -> str:
        return {
            CROSS_SELL: self.tr(
                "Products that customers of the same industry and size buy and this customer "
                "does not."
            ),
            UPSELL: self.tr("Customers whose revenue is below half of their potential."),
            NO_DEAL: self.tr("Customers without a single open deal."),
        }[kind]

    def _headers(self, kind: str) -> list[str]:
        account, why, action = self.tr("Account"), self.tr("Why"), self.tr("Deal")
        if kind == CROSS_SELL:
            return [account, self.tr("Product"), why, self.tr("List price"), action]
        money_columns = [self.tr("Revenue"), self.tr("Potential")]
        if kind == UPSELL:
            return [account, *money_columns, self.tr("Gap"), why, action]
        return [account, *money_columns, why, action]

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        return table

    # loading ------------------------------------------------------------------------
    def refresh(self) -> None:
        self.live.ask()

    def _question(self):
        mine = self.scope.isVisible() and self.scope.currentData() == "mine"
        owner = self._state.user_id if mine else None
        db = self._db
        self.status.setText(self.tr("Looking for openings…"))
        return lambda: {kind: openings(db, kind, owner_id=owner, limit=LIMIT) for kind in KINDS}

    def _show(self, data: dict[str, OpeningList]) -> None:
        self.data = data
        self.status.setText("")
        for kind, found in data.items():
            self._fill(kind, found)
        self.loaded.emit(data)

    def _fill(self, kind: str, found: OpeningList) -> None:
        table = self.tables[kind]
        table.setRowCount(len(found.items))
        for row, o in enumerate(found.items):
            cells = self._cells(o)
            for col, item in enumerate(cells):
                table.setItem(row, col, item)
            table.item(row, 0).setData(OPENING_ROLE, o)
            self._set_action(table, row, o)
        shown = QLocale().toString(len(found.items))
        total = QLocale().toString(found.total)
        count = (
            arg(self.tr("%1 of %2 shown, the best first."), shown, total)
            if found.total > len(found.items)
            else arg(self.tr("%1 found."), total)
        )
        self.counts[kind].setText(self._explanation(kind) + " " + count)

    def _cells(self, o: Opening) -> list[QTableWidgetItem]:
        account = QTableWidgetItem(o.account)
        if o.kind == CROSS_SELL:
            why = self._text(arg(self.tr("%1 of %2 similar customers buy it"), o.buyers, o.similar))
            size = arg(self.tr("%1 employees"), o.size_band) if o.size_band else ""
            why.setToolTip(
                arg(self.tr("Similar: the same industry (%1) and size (%2)"), o.industry, size)
            )
            return [account, QTableWidgetItem(o.product or ""), why, self._money(o.unit_price)]
        revenue, potential = self._money(o.current_revenue), self._money(o.estimated_potential)
        share = o.current_revenue / o.estimated_potential if o.estimated_potential else 0.0
        percent = QLocale().toString(100.0 * share, "f", 0)
        if o.kind == UPSELL:
            why = self._text(arg(self.tr("Revenue is %1% of the potential"), percent))
            return [account, revenue, potential, self._money(o.gap), why]
        return [account, revenue, potential, self._text(self.tr("Customer with no open deal"))]

    def _set_action(self, table: QTableWidget, row: int, o: Opening) -> None:
        col = table.columnCount() - 1
        made = self.created.get(_key(o)) or o.deal_id
        if made is not None:
            table.removeCellWidget(row, col)
            text = self.tr("Deal created") if _key(o) in self.created else self.tr("Deal open")
            item = self._text(text)
            item.setData(OPENING_ROLE, made)
            table.setItem(row, col, item)
            return
        button = QPushButton(self.tr("Create deal"))
        button.setAccessibleName(arg(self.tr("Create a deal for %1"), o.account))
        button.clicked.connect(lambda _checked=False, opening=o: self.create_deal(opening))
        table.setItem(row, col, QTableWidgetItem(""))
        table.setCellWidget(row, col, button)

    # creating -----------------------------------------------------------------------
    def create_deal(self, opening: Opening) -> object | None:
        """Create the opening's deal (one short transaction) and show it on its row."""
        if opening.kind == CROSS_SELL:
            name = arg(self.tr("%1 – %2"), opening.account, opening.product or "")
        elif opening.kind == UPSELL:
            name = arg(self.tr("%1 – upsell"), opening.account)
        else:
            name = arg(self.tr("%1 – new deal"), opening.account)
        self._creating = True
        try:
            deal_id = create_deal_from(self._db, opening, self._state.user_id, name)
        except Exception as exc:  # a readable reason on the panel, never a crash
            self.status.setText(error_text(exc))
            return None
        finally:
            self._creating = False
        self.created[_key(opening)] = deal_id
        table = self.tables[opening.kind]
        for row in range(table.rowCount()):
            if _key(table.item(row, 0).data(OPENING_ROLE)) == _key(opening):
                self._set_action(table, row, opening)
        self.status.setText(arg(self.tr("Deal created: %1"), name))
        self.deal_created.emit(deal_id)
        return deal_id

    def _text(self, text: str) -> QTableWidgetItem:
        return QTableWidgetItem(text)

    def _money(self, value: float | None) -> QTableWidgetItem:
        item = QTableWidgetItem("" if value is None else money(value))
        item.setTextAlignment(RIGHT)
        return item


def _key(o: Opening) -> tuple:
    return (o.kind, o.account_id, o.product_id)
