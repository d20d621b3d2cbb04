"""Debrief feedback panels: the debriefs waiting for my review, and per rep, what the
team submitted, had reviewed and left overdue (for a sales manager).

Self-contained widgets: each reads through core.calls.review and refreshes itself when
calls or feedback change; the Calls view places them.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.calls.review import (
    DEBRIEF_DAYS,
    REVIEW_DAYS,
    RepReviewStats,
    review_queue,
    team_review_stats,
)
from ...core.models import utcnow
from ...core.today import utc_start_of
from ..messages import arg
from ..theme import colors, icon
from .common import label

WATCHED = frozenset({"calls", "call_feedback", "users", "accounts"})
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 3
ACCESSIBLE_ROLE = Qt.ItemDataRole.AccessibleTextRole


def dark_palette() -> bool:
    return QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128


def warning_color() -> QColor:
    """Overdue things, in the theme's warning colour (light or dark palette)."""
    return QColor(colors().get("warning") or ("#fdb022" if dark_palette() else "#b54708"))


def local_datetime(utc: datetime) -> QDateTime:
    """Stored times are naive UTC; show them on this computer's clock."""
    return QDateTime(utc.date(), utc.time(), QTimeZone.utc()).toLocalTime()


def local_date(utc: datetime) -> date:
    return local_datetime(utc).date().toPython()


def days_ago(utc: datetime | None, today: date) -> str:
    """'today', 'yesterday', '3 days ago' for a stored time, on the local calendar."""
    if utc is None:
        return ""
    days = (today - local_date(utc)).days
    if days <= 0:
        return QCoreApplication.translate("ReviewPanels", "today")
    if days == 1:
        return QCoreApplication.translate("ReviewPanels", "yesterday")
    return QCoreApplication.translate("ReviewPanels", "%n day(s) ago", "", days)


def _table(model: QStandardItemModel) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortLocaleAware(True)
    table = QTableView()
    table.setModel(proxy)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(26)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the service's order at first
    table.setSortingEnabled(True)
    return table, proxy


def _cell(text: str, sort_key: object = None) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(text if sort_key is None else sort_key, SORT_ROLE)
    return item


def _mark_warning(item: QStandardItem) -> None:
    item.setForeground(warning_color())
    font = QFont()
    font.setBold(True)
    item.setFont(font)


class _Refreshing(QWidget):
    """Refreshes on change notices about WATCHED tables; while hidden (another tab),
    only notes that it must, and does when shown."""

    _stale = False

    def _on_changed(self, tables: frozenset) -> None:
        if not tables & WATCHED:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        raise NotImplementedError


class ReviewQueuePanel(_Refreshing):
    """The debriefs waiting for the current profile's review, the longest waiting first;
    an overdue one is marked in its "waiting since" cell (icon, warning colour, tooltip).
    Activating a row (double-click, Enter) emits `open_call(call id)`."""

    open_call = Signal(object)

    COL_ACCOUNT, COL_AUTHOR, COL_CALL, COL_DEBRIEFED, COL_WAITING = range(5)

    def __init__(self, app_state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = app_state
        self.summary = label("", "muted")
        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Account"),
                self.tr("Author"),
                self.tr("Call date"),
                self.tr("Debriefed"),
                self.tr("Waiting since"),
            ]
        )
        self.table, self.proxy = _table(self.model)
        self.table.horizontalHeader().setSectionResizeMode(
            self.COL_ACCOUNT, QHeaderView.ResizeMode.Stretch
        )
        self.table.activated.connect(self._on_activated)
        self.empty = label(self.tr("No debriefs are waiting for your review."), "muted")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.summary)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.empty)
        lay.addStretch(0)
        self.refresh()
        app_state.notifier.changed.connect(self._on_changed)

    def refresh(self) -> None:
        self._stale = False
        profile = self._state.profile
        items = review_queue(self._state.ctx.db, profile.id) if profile else []
        loc = self.locale()
        today = date.today()
        self.model.removeRows(0, self.model.rowCount())
        for r in items:
            waiting = days_ago(r.requested_at, today)
            row = [
                _cell(r.account),
                _cell(r.author or ""),
                self._date_cell(loc, r.call_start),
                self._date_cell(loc, r.debriefed_at),
                _cell(waiting, r.requested_at.isoformat() if r.requested_at else ""),
            ]
            cell = row[self.COL_WAITING]
            since = (
                loc.toString(local_datetime(r.requested_at), QLocale.FormatType.ShortFormat)
                if r.requested_at is not None
                else ""
            )
            cell.setToolTip(arg(self.tr("Waiting since %1"), since) if since else "")
            if r.overdue:
                _mark_warning(cell)
                cell.setData(True, OVERDUE_ROLE)
                cell.setIcon(icon("mdi6.alert-circle", warning_color().name()))
                overdue = self.tr("Overdue: waiting more than %n day(s)", "", REVIEW_DAYS)
                cell.setToolTip(f"{overdue}\n{cell.toolTip()}".strip())
                cell.setData(arg(self.tr("%1, overdue"), waiting), ACCESSIBLE_ROLE)
            row[0].setData(str(r.call_id), ID_ROLE)
            self.model.appendRow(row)
        late = sum(r.overdue for r in items)
        text = self.tr("%n debrief(s) waiting for your review", "", len(items))
        if late:
            text = arg(self.tr("%1, %2 overdue"), text, loc.toString(late))
        self.summary.setText(text)
        self.summary.setVisible(bool(items))
        self.table.setVisible(bool(items))
        self.empty.setVisible(not items)

    def _date_cell(self, loc: QLocale, utc: datetime | None) -> QStandardItem:
        if utc is None:
            return _cell("", "")
        text = loc.toString(local_datetime(utc).date(), QLocale.FormatType.ShortFormat)
        return _cell(text, utc.isoformat())

    def call_id_at(self, row: int) -> uuid.UUID | None:
        """The call shown in `row` of the table (as sorted on screen)."""
        value = self.proxy.index(row, 0).data(ID_ROLE)
        return uuid.UUID(value) if value else None

    def _on_activated(self, index: QModelIndex) -> None:
        call_id = self.call_id_at(index.row())
        if call_id is not None:
            self.open_call.emit(call_id)


class TeamDebriefsPanel(_Refreshing):
    """Per rep of the manager's team: debriefs submitted and reviewed in a period, and
    what waits for a reviewer or is overdue now. Overdue counts show in the warning
    colour; every column sorts."""

    (
        COL_REP,
        COL_SUBMITTED,
        COL_REVIEWED,
        COL_WAITING,
        COL_LATE_DEBRIEFS,
        COL_LATE_REVIEWS,
    ) = range(6)

    def __init__(self, app_state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = app_state
        self.period = QComboBox()
        self.period.addItem(self.tr("This week"), "week")
        self.period.addItem(self.tr("This month"), "month")
        self.period.addItem(self.tr("Last 30 days"), "days30")
        self.period.setCurrentIndex(1)
        self.period.setToolTip(self.tr("Submitted and reviewed count the debriefs of this period"))
        self.period.currentIndexChanged.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(label(self.tr("Debriefs of the team")))
        top.addStretch(1)
        top.addWidget(label(self.tr("Period:")))
        top.addWidget(self.period)

        self.model = QStandardItemModel(0, 6, self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Rep"),
                self.tr("Submitted"),
                self.tr("Reviewed"),
                self.tr("Waiting for review"),
                self.tr("Overdue debriefs"),
                self.tr("Overdue reviews"),
            ]
        )
        tips = {
            self.COL_WAITING: self.tr("Debriefs sent for review and not reviewed yet, as of now"),
            self.COL_LATE_DEBRIEFS: self.tr(
                "Calls that ended more than %n day(s) ago and have no debrief, as of now",
                "",
                DEBRIEF_DAYS,
            ),
            self.COL_LATE_REVIEWS: self.tr(
                "Reviews waiting more than %n day(s), as of now", "", REVIEW_DAYS
            ),
        }
        for col, tip in tips.items():
            self.model.horizontalHeaderItem(col).setToolTip(tip)
        self.table, self.proxy = _table(self.model)
        self.table.horizontalHeader().setSectionResizeMode(
            self.COL_REP, QHeaderView.ResizeMode.Stretch
        )
        self.empty = label(self.tr("Nobody in the team yet."), "muted")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.empty)
        self.stats: list[RepReviewStats] = []
        self.refresh()
        app_state.notifier.changed.connect(self._on_changed)

    def since(self, today: date | None = None) -> datetime:
        """The start of the chosen period as naive UTC (weeks start on the locale's day)."""
        today = today or date.today()
        kind = self.period.currentData()
        if kind == "week":
            first = self.locale().firstDayOfWeek().value  # 1 = Monday ... 7 = Sunday
            start = today - timedelta(days=(today.isoweekday() - first) % 7)
            return utc_start_of(start)
        if kind == "month":
            return utc_start_of(today.replace(day=1))
        return utcnow() - timedelta(days=30)

    def refresh(self) -> None:
        self._stale = False
        profile = self._state.profile
        self.stats = team_review_stats(
            self._state.ctx.db, profile.id if profile else None, self.since()
        )
        loc = self.locale()
        self.model.removeRows(0, self.model.rowCount())
        for r in self.stats:
            row = [_cell(r.name)]
            for value in (
                r.submitted,
                r.reviewed,
                r.requested,
                r.overdue_debriefs,
                r.overdue_reviews,
            ):
                cell = _cell(loc.toString(value), value)
                cell.setTextAlignment(
                    Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
                )
                row.append(cell)
            for col, value in (
                (self.COL_LATE_DEBRIEFS, r.overdue_debriefs),
                (self.COL_LATE_REVIEWS, r.overdue_reviews),
            ):
                if value:
                    _mark_warning(row[col])
            row[0].setData(str(r.user_id), ID_ROLE)
            self.model.appendRow(row)
        self.table.setVisible(bool(self.stats))
        self.empty.setVisible(not self.stats)

    def row_of(self, name: str) -> dict[int, str]:
        """The texts shown for the rep `name`, by column (for tests and tooltips)."""
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, self.COL_REP).data() == name:
                return {c: self.proxy.index(row, c).data() for c in range(self.proxy.columnCount())}
        return {}
