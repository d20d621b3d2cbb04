"""The calls list: a filter bar over a table that stays fast at 50,000 calls.

Also the call history of one account (`set_account`). The selected call survives every
reload; a double-click or Enter asks to open it (`open_call`).
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from PySide6.QtCore import QDate, QItemSelectionModel, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.calls.listing import CallQuery
from ...core.domain import CallStage
from ...core.today import utc_start_of
from ..labels import call_type_title
from ..models.call_table import (
    COL_ACCOUNT,
    COL_DATE,
    COL_OBJECTIVE,
    COL_OUTCOME,
    COL_OWNER,
    COL_REVIEWER,
    COL_STAGE,
    COL_TOWN,
    COL_TYPE,
    SORT_KEYS,
    CallTableModel,
    stage_icon,
    stage_title,
)
from .common import put_back_sort_indicator

PERIODS = ("today", "week", "next7", "last30", "month", "all", "custom")
WATCHED = frozenset({"calls", "accounts", "users"})


def period_range(period: str, today: date, first_day: int = 1) -> tuple[date | None, date | None]:
    """The local days of a preset as [start, end), None for open; `first_day` of the
    week is ISO (1 = Monday ... 7 = Sunday), as the user's locale has it."""
    if period == "today":
        return today, today + timedelta(days=1)
    if period == "week":
        start = today - timedelta(days=(today.isoweekday() - first_day) % 7)
        return start, start + timedelta(days=7)
    if period == "next7":
        return today, today + timedelta(days=7)
    if period == "last30":
        return today - timedelta(days=29), today + timedelta(days=1)
    if period == "month":
        start = today.replace(day=1)
        return start, (start + timedelta(days=32)).replace(day=1)
    return None, None


class CallListPanel(QWidget):
    open_call = Signal(object)  # uuid.UUID
    current_call_changed = Signal(object)  # uuid.UUID | None

    def __init__(self, app_state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = app_state
        self._account_id: uuid.UUID | None = None
        self._current: uuid.UUID | None = None
        self._keep: uuid.UUID | None = None
        me = self._me()

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search accounts, towns or objectives"))
        self.search.setClearButtonEnabled(True)
        self.period = QComboBox()
        self.period.setToolTip(self.tr("Dates"))
        for key, text in zip(PERIODS, self._period_titles(), strict=True):
            self.period.addItem(text, key)
        self.period.setCurrentIndex(PERIODS.index("all"))
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-30))
        self.date_to = QDateEdit(today)
        for edit, tip in ((self.date_from, self.tr("From")), (self.date_to, self.tr("Until"))):
            edit.setCalendarPopup(True)
            edit.setToolTip(tip)
            edit.setAccessibleName(tip)
            edit.setVisible(False)
        self.call_type = QComboBox()
        self.call_type.setToolTip(self.tr("Call type"))
        self.call_type.addItem(self.tr("All types"), None)
        for value in ("visit", "phone", "video"):
            self.call_type.addItem(call_type_title(value), value)
        self.stage = QComboBox()
        self.stage.setToolTip(self.tr("Stage"))
        self.stage.addItem(self.tr("All stages"), None)
        for stage in CallStage:
            self.stage.addItem(stage_icon(stage), stage_title(stage), stage.value)
        self.scope = QComboBox()
        self.scope.setToolTip(self.tr("Whose calls"))
        self.scope.addItem(self.tr("My calls"), "mine")
        self.scope.addItem(self.tr("Team"), "team")
        self.scope.setVisible(me is not None)
        for combo in (self.period, self.call_type, self.stage, self.scope):
            combo.setAccessibleName(combo.toolTip())
        self.count = QLabel()
        self.count.setProperty("role", "muted")

        # Two rows: the list is often half a window wide (beside the open call).
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.count)
        filter_row = QHBoxLayout()
        for widget in (
            self.period,
            self.date_from,
            self.date_to,
            self.call_type,
            self.stage,
            self.scope,
        ):
            filter_row.addWidget(widget)
        filter_row.addStretch(1)
        for combo in (self.period, self.call_type, self.stage, self.scope):
            # Narrow panes elide the choice instead of pushing the table off-screen.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)

        self.model = CallTableModel(app_state.ctx.db, self._query(), self)
        if me is not None and self.model.rowCount() == 0:
            # No calls of one's own yet (a new profile on demo data): show the team's.
            self.scope.setCurrentIndex(1)
            self.model.set_query(self._query())
        self.table = QTableView()
        self._setup_table()

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(search_row)
        lay.addLayout(filter_row)
        lay.addWidget(self.table, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._search_entered)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.date_from.dateChanged.connect(self.apply_filter)
        self.date_to.dateChanged.connect(self.apply_filter)
        for combo in (self.call_type, self.stage, self.scope):
            combo.currentIndexChanged.connect(self.apply_filter)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)
        app_state.notifier.changed.connect(self._on_changed)
        self._update_count()

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        # Indicator first: enabling sorting then sorts by it, which matches the model's
        # query and costs nothing (the other order re-ran the id query twice).
        table.horizontalHeader().setSortIndicator(COL_DATE, Qt.SortOrder.DescendingOrder)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(26)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(110)
        header.setStretchLastSection(False)
        # Objective and outcome share what the fixed columns leave (tooltips hold the
        # whole text); the others are as wide as their usual content, in any language.
        header.setSectionResizeMode(COL_OBJECTIVE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_OUTCOME, QHeaderView.ResizeMode.Stretch)
        metrics = table.fontMetrics()
        sample = QLocale().toString(
            QDate(2026, 12, 28).startOfDay().addSecs(23 * 3600 + 45 * 60),
            QLocale.FormatType.ShortFormat,
        )

        def fit(texts, extra: int = 20) -> int:
            return max(metrics.horizontalAdvance(t) for t in texts) + extra

        header.resizeSection(COL_DATE, fit([sample]))
        header.resizeSection(COL_ACCOUNT, 210)
        header.resizeSection(COL_TOWN, 120)
        header.resizeSection(COL_TYPE, fit(call_type_title(t) for t in ("visit", "phone", "video")))
        header.resizeSection(COL_STAGE, fit((stage_title(s) for s in CallStage), 44))
        header.resizeSection(COL_OWNER, 130)
        header.resizeSection(COL_REVIEWER, 130)
        # Where the call is in the loop matters most: next to the account, visible even
        # in the narrow pane beside an open call.
        header.moveSection(header.visualIndex(COL_STAGE), header.visualIndex(COL_ACCOUNT) + 1)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(self._restore_current)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        table.activated.connect(self._activated)

    def _period_titles(self) -> list[str]:
        return [
            self.tr("Today"),
            self.tr("This week"),
            self.tr("Next 7 days"),
            self.tr("Last 30 days"),
            self.tr("This month"),
            self.tr("All dates"),
            self.tr("Custom…"),
        ]

    def _me(self) -> uuid.UUID | None:
        return self._state.profile.id if self._state.profile else None

    def _days(self) -> tuple[date | None, date | None]:
        period = self.period.currentData()
        if period == "custom":
            start, end = self.date_from.date().toPython(), self.date_to.date().toPython()
            start, end = min(start, end), max(start, end)
            return start, end + timedelta(days=1)
        first_day = QLocale().firstDayOfWeek().value
        return period_range(period, QDate.currentDate().toPython(), first_day)

    def _query(self) -> CallQuery:
        current = getattr(self, "model", None)
        base = current.query if current is not None else CallQuery()
        me = self._me()
        # An account's history shows every rep's calls on it.
        mine = self.scope.currentData() == "mine" and me is not None and not self._account_id
        start, end = self._days()
        stage = self.stage.currentData()
        return CallQuery(
            date_from=utc_start_of(start) if start else None,
            date_to=utc_start_of(end) if end else None,
            account_id=self._account_id,
            call_type=self.call_type.currentData(),
            stage=CallStage(stage) if stage else None,
            owner_id=me if mine else None,
            text=self.search.text(),
            sort=base.sort,
            descending=base.descending,
        )

    # --- public -------------------------------------------------------------------

    @property
    def current_call(self) -> uuid.UUID | None:
        return self._current

    def apply_filter(self) -> None:
        self._debounce.stop()
        self.model.set_query(self._query())
        self._update_count()

    def set_account(self, account_id: uuid.UUID | None) -> None:
        """Show only this account's calls (its call history), or every account again."""
        self._account_id = account_id
        restricted = account_id is not None
        self.table.setColumnHidden(COL_ACCOUNT, restricted)
        self.table.setColumnHidden(COL_TOWN, restricted)
        self.scope.setVisible(self._me() is not None and not restricted)
        self.apply_filter()

    def select_call(self, call_id: uuid.UUID) -> bool:
        """Select and show `call_id`; False if the filter leaves it out."""
        row = self.model.row_of(call_id)
        if row is None:
            return False
        if row != self.table.currentIndex().row():
            self._select_row(row, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- slots ----------------------------------------------------------------------

    def _period_changed(self) -> None:
        custom = self.period.currentData() == "custom"
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)
        self.apply_filter()

    def _search_entered(self) -> None:
        self.apply_filter()
        if self.model.rowCount():
            if not self.table.currentIndex().isValid():
                self._select_row(0, QAbstractItemView.ScrollHint.EnsureVisible)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_changed(self, tables: frozenset) -> None:
        if tables & WATCHED:
            # A save elsewhere must not move the list under the user's eyes.
            bar = self.table.verticalScrollBar()
            top = bar.value()
            self.model.reload()
            bar.setValue(top)
            self._update_count()

    def _sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        if column in SORT_KEYS:
            return
        put_back_sort_indicator(
            self.table.horizontalHeader(), SORT_KEYS, self.model.query, COL_DATE
        )

    def _remember_current(self) -> None:
        self._keep = self._current

    def _restore_current(self) -> None:
        keep, self._keep = self._keep, None
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self._select_row(row, QAbstractItemView.ScrollHint.PositionAtCenter)
        elif self._current is not None:
            self._current = None
            self.current_call_changed.emit(None)

    def _select_row(self, row: int, hint: QAbstractItemView.ScrollHint) -> None:
        index = self.model.index(row, COL_DATE)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        # A row already on screen stays where it is; one far away comes to the middle.
        viewport = self.table.viewport().rect()
        if viewport.contains(self.table.visualRect(index)):
            return
        self.table.scrollTo(index, hint)

    def _selection_changed(self) -> None:
        # The selection, not the current index: a table focused from the keyboard makes
        # its first row current without selecting it, and that must not open a call.
        rows = self.table.selectionModel().selectedRows()
        call_id = self.model.call_id(rows[0].row()) if rows else None
        if call_id != self._current:
            self._current = call_id
            self.current_call_changed.emit(call_id)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_call.emit(self.model.call_id(index.row()))

    def _update_count(self) -> None:
        n = self.model.rowCount()
        self.count.setText(self.tr("%n call(s)", "", n))
