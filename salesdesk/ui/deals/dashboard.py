"""The deal management dashboard: a month against quota, week by week, and what is still
needed to reach it.

A sales manager picks the team or one rep, anyone else sees their own figures. The big
figures are live; the chart shows each week's stored snapshot (the current week live,
weeks without a snapshot marked); the "Still needed" card gives the gap and the inputs to
close it with the history and sample sizes they come from. Computed on a worker thread
(core/deals: quota.py, snapshots.py, needs.py); refreshed when deals, quotas or
snapshots change.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass
from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
)
from PySide6.QtCore import QDate, QLocale, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...core.deals.needs import Needs, needs
from ...core.deals.quota import Figures, Position, position, quota_holders, team_of
from ...core.deals.snapshots import WeekPosition, take_snapshot, weekly_positions
from ...core.domain import Role
from ..calls.widgets import scrolling
from ..labels import money
from ..messages import arg
from ..reports.axes import nice_step
from ..reports.chart import series_colors as _series_colors
from ..theme import colors
from ..views.common import Card, label
from ..worker import Job, LatestAnswer

WATCHED = frozenset(
    {"opportunities", "quota_snapshots", "quotas", "users", "pipeline_stages", "calls"}
)
MONTHS_BACK, MONTHS_AHEAD = 12, 3
TEAM = None  # the scope picker's data for "the whole team"


@dataclass(frozen=True)
class DashboardData:
    """One load: the scope's people, the month's position, its weeks and its needs."""

    month: date
    people: tuple[tuple[uuid.UUID, str], ...]  # the reps the picker offers
    ids: tuple[uuid.UUID, ...]  # whose figures are shown
    position: Position
    figures: Figures
    weeks: list[WeekPosition]
    needs: Needs


def load(db, month: date, viewer: uuid.UUID | None, team: bool, rep: uuid.UUID | None):
    """Everything the dashboard shows (runs on a worker thread)."""
    today = date.today()
    if not team:
        people = [viewer] if viewer else []
    elif viewer is not None:
        people = team_of(db, viewer, month) or [viewer]
    else:  # no profile yet: everyone with a quota
        with db.read() as session:
            people = quota_holders(session, month)
    found = position(db, month, people, today)
    ids = [rep] if rep in people else list(people)
    figures = found.of(rep) if rep in people else found.total
    figures = figures or Figures()
    current = month == today.replace(day=1)
    weeks = weekly_positions(db, month, ids, today, live=figures if current else None)
    return DashboardData(
        month,
        tuple((r.user_id, r.name) for r in found.reps),
        tuple(ids),
        found,
        figures,
        weeks,
        needs(db, month, ids, today, figures=figures),
    )


def _clear(grid: QGridLayout) -> None:
    while grid.count():
        item = grid.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()


class _Figure(QFrame):
    """A caption over a big number."""

    def __init__(self, caption: str, tip: str, color: str | None = None) -> None:
        super().__init__()
        self.setProperty("role", "card")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 10, 14, 10)
        lay.setSpacing(2)
        self.caption = label(caption, "muted")
        self.value = label("–")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setWeight(QFont.Weight.DemiBold)
        self.value.setFont(font)
        if color:
            self.value.setStyleSheet(f"color: {color};")
        self.detail = label("", "muted")
        for w in (self.caption, self.value, self.detail):
            lay.addWidget(w)
        self.setToolTip(tip)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)


class WeeklyChart(QChartView):
    """Stacked won / commit / best case per week, with the quota as a line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(300)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.categories: list[str] = []

    def show_weeks(self, weeks: list[WeekPosition], quota: float, currency: str) -> None:
        c, tint = colors(), _series_colors()
        chart = QChart()
        chart.setBackgroundBrush(QColor(c["base"]))
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(0, 4, 0, 0))
        self.setBackgroundBrush(QColor(c["base"]))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().setLabelColor(QColor(c["text"]))
        sets = {}
        for key, name in (
            ("won", self.tr("Closed won")),
            ("commit", self.tr("Commit")),
            ("best_case", self.tr("Best case")),
        ):
            bar = QBarSet(name)
            bar.setColor(QColor(tint[key]))
            bar.setBorderColor(QColor(tint[key]))
            sets[key] = bar
        self.categories = []
        loc = self.locale()
        top = quota
        for w in weeks:
            f = w.figures
            values = (f.closed_won, f.commit, f.best_case) if f else (0.0, 0.0, 0.0)
            for key, value in zip(sets, values, strict=True):
                sets[key].append(value)
            top = max(top, sum(values))
            day = loc.toString(QDate(w.week_start), "d MMM")
            note = {
                "live": self.tr("live"),
                "none": self.tr("no snapshot"),
                "future": self.tr("to come"),
            }.get(w.source, "")
            # Axis labels are rich text: the line break is markup (dates, no user text).
            self.categories.append(f"{day}<br>({note})" if note else day)
        series = QStackedBarSeries()
        series.setBarWidth(0.6)
        for bar in sets.values():
            series.append(bar)
        chart.addSeries(series)
        line = QLineSeries()
        line.setName(arg(self.tr("Quota %1"), money(quota, currency, loc)))
        pen = QPen(QColor(tint["quota"]), 2, Qt.PenStyle.DashLine)
        line.setPen(pen)
        line.append(-0.5, quota)
        line.append(len(weeks) - 0.5, quota)
        chart.addSeries(line)
        x = QBarCategoryAxis()
        x.append(self.categories)
        x.setTruncateLabels(False)
        x.setLabelsColor(QColor(c["text"]))
        x.setGridLineVisible(False)
        # Amounts in the user's money format at round steps (a value axis prints %f).
        step = nice_step((top or 1.0) * 1.05 / 4)
        y = QCategoryAxis()
        y.setStartValue(0)
        y.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        ticks = math.ceil((top or 1.0) * 1.05 / step)
        for i in range(ticks + 1):
            y.append(money(i * step, currency, loc), i * step)
        y.setRange(0, ticks * step)
        y.setLabelsColor(QColor(c["muted"]))
        y.setGridLineColor(QColor(c["border"]))
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        for s in (series, line):
            s.attachAxis(x)
            s.attachAxis(y)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()


class QuotaDashboard(QWidget):
    """A month against quota for a rep or a team, with what is still needed."""

    loaded = Signal(object)  # the DashboardData shown
    snapshot_taken = Signal(object)  # core.deals.snapshots.SnapshotTaken

    def __init__(self, app_state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = app_state
        self._db = app_state.ctx.db
        self._jobs: list[Job] = []  # the snapshot's; parented too, the list keeps them
        self.live = LatestAnswer(
            self,
            app_state.notifier,
            WATCHED,
            self._question,
            self._show,
            lambda text: self.status.setText(text),
        )
        self.data: DashboardData | None = None
        self.team = app_state.role == Role.SALES_MANAGER or app_state.user_id is None
        self.currency = app_state.profile.currency if app_state.profile else "GBP"

        self.month = QComboBox()
        self.month.setAccessibleName(self.tr("Month"))
        this = date.today().replace(day=1)
        for offset in range(MONTHS_AHEAD, -MONTHS_BACK - 1, -1):
            index = this.year * 12 + this.month - 1 + offset
            first = date(index // 12, index % 12 + 1, 1)
            self.month.addItem(self.locale().toString(QDate(first), "MMMM yyyy"), first)
        self.month.setCurrentIndex(MONTHS_AHEAD)
        self.month.currentIndexChanged.connect(self.refresh)
        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("Whose figures"))
        self.scope.setMinimumContentsLength(18)
        if self.team:
            self.scope.addItem(self.tr("The whole team"), TEAM)
        else:
            self.scope.addItem(app_state.profile.name if app_state.profile else "", None)
            self.scope.setEnabled(False)
        self.scope.currentIndexChanged.connect(self.refresh)
        self.snapshot_button = QPushButton(self.tr("Take snapshot now"))
        self.snapshot_button.setToolTip(
            self.tr("Store everyone's position as it stands now; the chart keeps the last one")
        )
        self.snapshot_button.clicked.connect(self.take_snapshot)
        self.status = label("", "muted")
        top = QHBoxLayout()
        top.addWidget(self.month)
        top.addWidget(self.scope)
        top.addWidget(self.status, 1)
        top.addWidget(self.snapshot_button)

        tint = _series_colors()
        self.figures = {
            "quota": _Figure(self.tr("Quota"), self.tr("The month's quota")),
            "won": _Figure(self.tr("Closed won"), self.tr("Deals won this month"), tint["won"]),
            "commit": _Figure(
                self.tr("Commit"), self.tr("Open deals the rep commits to close this month")
            ),
            "best_case": _Figure(
                self.tr("Best case"), self.tr("Open deals that could close this month")
            ),
            "pipeline": _Figure(
                self.tr("Pipeline"), self.tr("Other open deals with a close date this month")
            ),
            "gap": _Figure(self.tr("Gap"), self.tr("Quota minus closed won minus commit")),
        }
        tiles = QHBoxLayout()
        tiles.setSpacing(10)
        for tile in self.figures.values():
            tiles.addWidget(tile)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(10)
        self.progress.setAccessibleName(self.tr("Closed won against quota"))
        self.progress_text = label("", wrap=True)
        self.loose = label("", "warning", wrap=True)

        chart_card = Card(self.tr("Week by week"))
        self.chart = WeeklyChart()
        chart_card.body.addWidget(self.chart)
        self.chart_note = label(
            self.tr("Each week shows the last snapshot stored in it, as it was known then."),
            "muted",
            wrap=True,
        )
        chart_card.body.addWidget(self.chart_note)

        needs_card = Card(self.tr("Still needed"))
        self.needs_grid = QGridLayout()
        self.needs_grid.setHorizontalSpacing(16)
        self.needs_grid.setVerticalSpacing(6)
        self.needs_grid.setColumnStretch(2, 1)
        needs_card.body.addLayout(self.needs_grid)
        self.history_text = label("", "muted", wrap=True)
        self.short_text = label("", "warning", wrap=True)
        self.stage_title = label(self.tr("Deals moved forward out of each stage"))
        self.stage_grid = QGridLayout()
        self.stage_grid.setHorizontalSpacing(12)
        self.stage_grid.setVerticalSpacing(4)
        self.stage_grid.setColumnStretch(1, 1)
        needs_card.body.addWidget(self.history_text)
        needs_card.body.addWidget(self.short_text)
        needs_card.body.addSpacing(6)
        needs_card.body.addWidget(self.stage_title)
        needs_card.body.addLayout(self.stage_grid)
        needs_card.body.addStretch(1)

        lower = QHBoxLayout()
        lower.setSpacing(16)
        lower.addWidget(chart_card, 3)
        lower.addWidget(needs_card, 2)
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.setSpacing(10)
        lay.addLayout(top)
        lay.addLayout(tiles)
        lay.addWidget(self.progress)
        lay.addWidget(self.progress_text)
        lay.addWidget(self.loose)
        lay.addLayout(lower, 1)
        scrolling(self, page)

    # loading ------------------------------------------------------------------------
    def refresh(self) -> None:
        self.live.ask()

    def _question(self):
        db, viewer, team = self._db, self._state.user_id, self.team
        month, chosen = self.month.currentData(), self.scope.currentData()
        rep = uuid.UUID(chosen) if chosen else None
        self.status.setText(self.tr("Calculating…"))
        return lambda: load(db, month, viewer, team, rep)

    def take_snapshot(self) -> None:
        self.snapshot_button.setEnabled(False)
        db = self._db
        job = Job(lambda _p, _c: take_snapshot(db), self)
        job.succeeded.connect(self._snapshot_done)
        job.failed.connect(self._snapshot_failed)
        self._jobs = [*self._jobs[-3:], job]
        job.start()

    def _snapshot_done(self, taken) -> None:
        self.snapshot_button.setEnabled(True)
        self.status.setText(self.tr("Snapshot stored for %n rep(s).", "", taken.reps))
        self.snapshot_taken.emit(taken)
        self.refresh()

    def _snapshot_failed(self, text: str) -> None:
        self.snapshot_button.setEnabled(True)
        self.status.setText(text)

    # showing ------------------------------------------------------------------------
    def _money(self, value: float) -> str:
        return money(value, self.currency, self.locale())

    def _percent(self, share: float | None) -> str:
        if share is None:
            return "–"
        return self.locale().toString(100.0 * share, "f", 0) + "%"

    def _show(self, data: DashboardData) -> None:
        self.data = data
        self.status.setText("")
        self._fill_scope(data)
        f = data.figures
        tiles = self.figures
        tiles["quota"].value.setText(self._money(f.quota))
        tiles["won"].value.setText(self._money(f.closed_won))
        tiles["won"].detail.setText(self.tr("%n deal(s)", "", f.won_deals))
        for key, amount, count in (
            ("commit", f.commit, f.commit_deals),
            ("best_case", f.best_case, f.best_case_deals),
            ("pipeline", f.pipeline, f.pipeline_deals),
        ):
            tiles[key].value.setText(self._money(amount))
            tiles[key].detail.setText(self.tr("%n open deal(s)", "", count))
        tiles["gap"].value.setText(self._money(f.gap))
        if f.gap <= 0 and f.quota:
            gap_note = self.tr("quota reached")
        elif data.needs.weeks_left == 0:
            gap_note = self.tr("short of quota")  # a past month
        else:
            gap_note = self.tr("to find")
        tiles["gap"].detail.setText(gap_note)
        tiles["quota"].detail.setText(
            self.tr("%n rep(s)", "", len(data.ids)) if len(data.ids) != 1 else ""
        )
        self.progress.setValue(min(100, round(100 * f.attainment)))
        with_commit = (f.closed_won + f.commit) / f.quota if f.quota else None
        self.progress_text.setText(
            arg(
                self.tr("%1 of quota won; %2 with the commit deals."),
                self._percent(f.attainment if f.quota else None),
                self._percent(with_commit),
            )
        )
        loose = []
        if f.overdue_deals:
            loose.append(
                arg(
                    self.tr("%1 (%2) are past their close date and still open."),
                    self.tr("%n open deal(s)", "", f.overdue_deals),
                    self._money(f.overdue_amount),
                )
            )
        if f.undated_deals:
            loose.append(
                arg(
                    self.tr("%1 (%2) have no close date and count in no month."),
                    self.tr("%n open deal(s)", "", f.undated_deals),
                    self._money(f.undated_amount),
                )
            )
        self.loose.setText(" ".join(loose))
        self.loose.setVisible(bool(loose))
        self.chart.show_weeks(data.weeks, f.quota, self.currency)
        self._fill_needs(data.needs)
        self.loaded.emit(data)

    def _fill_scope(self, data: DashboardData) -> None:
        if not self.team:
            return
        wanted = self.scope.currentData()
        self.scope.blockSignals(True)  # refilling must not ask again
        self.scope.clear()
        self.scope.addItem(self.tr("The whole team"), TEAM)
        for uid, name in data.people:
            self.scope.addItem(name, str(uid))  # a str: findData cannot match a UUID
        found = self.scope.findData(wanted)
        self.scope.setCurrentIndex(max(found, 0))
        self.scope.blockSignals(False)

    def _fill_needs(self, n: Needs) -> None:
        grid = self.needs_grid
        _clear(grid)
        h = n.history
        rows = [
            (self.tr("Gap"), self._money(n.gap), self.tr("quota − closed won − commit")),
            (
                self.tr("Deals to win"),
                n.deals_to_win,
                arg(
                    self.tr("average won deal %1 (%2)"),
                    self._money(h.average_won) if h.average_won else "–",
                    self.tr("%n won deal(s)", "", h.won),
                ),
            ),
            (
                self.tr("Deals to create"),
                n.deals_to_create,
                arg(
                    self.tr("win rate %1 (%2 won of %3 closed)"),
                    self._percent(h.win_rate),
                    h.won,
                    h.closed,
                ),
            ),
            (
                self.tr("Proposals to send"),
                n.proposals,
                arg(
                    self.tr("%1 of deals reaching %2 are won (stage conversion)"),
                    self._percent(n.proposal_rate),
                    n.proposal_stage or "–",
                ),
            ),
            (
                self.tr("Calls this week"),
                n.calls_this_week,
                arg(
                    self.tr("%1 calls per won deal (%2); %3 in all over %4"),
                    self.locale().toString(h.calls_per_won, "f", 1) if h.calls_per_won else "–",
                    self.tr("%n call(s)", "", h.calls),
                    "–" if n.calls_total is None else n.calls_total,
                    self.tr("%n week(s) left", "", n.weeks_left),
                ),
            ),
        ]
        for row, (name, value, source) in enumerate(rows):
            text = value if isinstance(value, str) else ("–" if value is None else str(value))
            big = label(text)
            font = big.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.25)
            big.setFont(font)
            big.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(label(name), row, 0)
            grid.addWidget(big, row, 1)
            grid.addWidget(label(source, "muted", wrap=True), row, 2)
        until = QDate(h.until).addDays(-1)
        parts = [
            arg(
                self.tr("Based on the history from %1 to %2."),
                self.locale().toString(QDate(h.since), QLocale.FormatType.ShortFormat),
                self.locale().toString(until, QLocale.FormatType.ShortFormat),
            )
        ]
        if h.cycle_days is not None and n.new_deal_closes is not None:
            parts.append(
                arg(
                    self.tr("Average cycle %1: a deal created today closes around %2."),
                    self.tr("%n day(s)", "", round(h.cycle_days)),
                    self.locale().toString(
                        QDate(n.new_deal_closes), QLocale.FormatType.ShortFormat
                    ),
                )
            )
        self.history_text.setText(" ".join(parts))
        _clear(self.stage_grid)
        for row, stage in enumerate(h.stages):
            bar = QProgressBar()
            bar.setRange(0, 100)
            bar.setTextVisible(False)
            bar.setFixedHeight(8)
            bar.setValue(round(100 * (stage.rate or 0.0)))
            bar.setAccessibleName(stage.name)
            share = arg(
                self.tr("%1 (%2 of %3)"), self._percent(stage.rate), stage.forward, stage.left
            )
            self.stage_grid.addWidget(label(stage.name, "muted"), row, 0)
            self.stage_grid.addWidget(bar, row, 1)
            self.stage_grid.addWidget(label(share, "muted"), row, 2)
        self.stage_title.setVisible(bool(h.stages))
        short = [self._shortfall(s.code, s.values) for s in n.shortfalls]
        self.short_text.setText("\n".join(short))
        self.short_text.setVisible(bool(short))

    def _shortfall(self, code: str, v: dict) -> str:
        if code == "thin_history":
            return arg(
                self.tr("Too little history: %1 closed; at least %2 are needed for these figures."),
                self.tr("%n deal(s)", "", int(v.get("closed", 0))),
                v.get("least", 3),
            )
        if code == "no_wins":
            return self.tr("No deal was won in this history: no deal size or win rate yet.")
        if code == "no_proposal_stage":
            return self.tr("No proposal stage: name one Proposal, or give one 50% or more.")
        if code == "thin_stage":
            return arg(
                self.tr("Too few deals left %1 (%2, at least %3) to say how many proposals."),
                v.get("stage", ""),
                v.get("moves", 0),
                v.get("least", 3),
            )
        if code == "never_forward":
            return arg(
                self.tr("No deal moved forward from %1 in this history."), v.get("stage", "")
            )
        if code == "no_calls":
            return self.tr("No calls recorded in this history: no calls per won deal.")
        if code == "month_over":
            return self.tr("This month is over: nothing more can be done for it.")
        return code
