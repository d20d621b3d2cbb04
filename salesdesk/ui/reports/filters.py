"""The reports' filter bar: a period (presets or two dates), whose figures, which territory.

A sales manager picks their team or one rep of it; anyone else sees only themselves
(core.reports.visible_reps decides who may be picked). `changed` fires once per user
change; `current()` is the ReportFilter it stands for. Typing a date changes it once per
digit: `changed` waits until the dates have been still for DATE_PAUSE_MS (or the field
is left), so typing a date starts one calculation of the seven reports, not several.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QWidget

from ...core.deals.common import month_start, next_month, week_start
from ...core.domain import Role
from ...core.reports import ReportFilter, territories, visible_reps
from ..views.common import label

CUSTOM = "custom"
TEAM = "team"  # the rep picker's "my team"; None is "everyone" before a profile exists
PRESETS = ("week", "month", "last_month", "quarter", "last_90", "year", CUSTOM)
DEFAULT_PRESET = "month"  # as core.reports.this_month: the figures a Monday needs
DATE_PAUSE_MS = 300


def preset_period(preset: str, today: date) -> tuple[date, date]:
    """First and last day (inclusive) of a period preset around `today`."""
    if preset == "week":
        start = week_start(today)
        return start, start + timedelta(days=6)
    if preset == "month":
        start = month_start(today)
        return start, next_month(start) - timedelta(days=1)
    if preset == "last_month":
        end = month_start(today) - timedelta(days=1)
        return month_start(end), end
    if preset == "quarter":
        start = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        end = next_month(next_month(next_month(start))) - timedelta(days=1)
        return start, end
    if preset == "last_90":
        return today - timedelta(days=89), today
    if preset == "year":
        return date(today.year, 1, 1), date(today.year, 12, 31)
    raise ValueError(preset)


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, app_state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = app_state
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        titles = {
            "week": self.tr("This week"),
            "month": self.tr("This month"),
            "last_month": self.tr("Last month"),
            "quarter": self.tr("This quarter"),
            "last_90": self.tr("Last 90 days"),
            "year": self.tr("This year"),
            CUSTOM: self.tr("Custom…"),
        }
        for key in PRESETS:
            self.period.addItem(titles[key], key)
        self._dates_still = QTimer(self)
        self._dates_still.setSingleShot(True)
        self._dates_still.setInterval(DATE_PAUSE_MS)
        self._dates_still.timeout.connect(self.changed.emit)
        self.start, self.end = QDateEdit(), QDateEdit()
        for edit, name in ((self.start, self.tr("From")), (self.end, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
            edit.setVisible(False)
            edit.dateChanged.connect(self._on_dates)
            edit.editingFinished.connect(self._dates_done)
        self.dash = label("–")
        self.dash.setVisible(False)
        self.rep = QComboBox()
        self.rep.setAccessibleName(self.tr("Whose figures"))
        self.rep.setMinimumContentsLength(16)
        self.territory = QComboBox()
        self.territory.setAccessibleName(self.tr("Territory"))
        self.territory.setMinimumContentsLength(16)
        self.fill_pickers()
        self.period.setCurrentIndex(PRESETS.index(DEFAULT_PRESET))
        self._on_period()
        self.period.currentIndexChanged.connect(self._on_period)
        self.rep.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.territory.currentIndexChanged.connect(lambda _i: self.changed.emit())

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        for widget in (self.period, self.start, self.dash, self.end):
            row.addWidget(widget)
        row.addSpacing(12)
        row.addWidget(self.rep)
        row.addWidget(self.territory)
        row.addStretch(1)

    def fill_pickers(self) -> None:
        """(Re)fill the rep and territory pickers, keeping the choices that still exist."""
        db, me = self._state.ctx.db, self._state.user_id
        manager = self._state.role == Role.SALES_MANAGER
        reps = visible_reps(db, me, self._state.role)
        wanted_rep, wanted_area = self.rep.currentData(), self.territory.currentData()
        for combo in (self.rep, self.territory):
            combo.blockSignals(True)  # refilling is not a user's change
            combo.clear()
        if me is None:
            self.rep.addItem(self.tr("Everyone"), None)
        elif manager:
            self.rep.addItem(self.tr("My team"), TEAM)
        if me is None or manager:
            for uid, name in reps:
                self.rep.addItem(name, str(uid))  # a str: findData cannot match a UUID
        else:
            name = self._state.profile.name if self._state.profile else ""
            self.rep.addItem(name, str(me))
        self.rep.setEnabled(self.rep.count() > 1)
        self.territory.addItem(self.tr("All territories"), None)
        for tid, name in territories(db):
            self.territory.addItem(name, str(tid))
        for combo, wanted in ((self.rep, wanted_rep), (self.territory, wanted_area)):
            combo.setCurrentIndex(max(combo.findData(wanted), 0))
            combo.blockSignals(False)
        self._team = tuple(uid for uid, _name in reps)

    def _on_period(self, _index: int | None = None) -> None:
        key = self.period.currentData()
        custom = key == CUSTOM
        for widget in (self.start, self.end, self.dash):
            widget.setVisible(custom)
        if not custom:
            self._dates_still.stop()  # the preset's dates replace any being typed
            first, last = preset_period(key, date.today())
            for edit, day in ((self.start, first), (self.end, last)):
                edit.blockSignals(True)
                edit.setDate(QDate(day))
                edit.blockSignals(False)
        if _index is not None and not custom:  # Custom… keeps the dates: the same figures
            self.changed.emit()

    def _on_dates(self, _day) -> None:
        if self.end.date() < self.start.date():  # keep a period that ends after it starts
            sender = self.sender()
            other = self.end if sender is self.start else self.start
            other.blockSignals(True)
            other.setDate(sender.date())
            other.blockSignals(False)
        self._dates_still.start()  # (re)started by every digit typed

    def _dates_done(self) -> None:
        """The user left a date field: no need to wait for the pause."""
        if self._dates_still.isActive():
            self._dates_still.stop()
            self.changed.emit()

    def set_preset(self, key: str) -> None:
        self.period.setCurrentIndex(PRESETS.index(key))

    def current(self) -> ReportFilter:
        data = self.rep.currentData()
        if data is None:
            reps = None
        elif data == TEAM:
            reps = self._team or ((self._state.user_id,) if self._state.user_id else None)
        else:
            reps = (uuid.UUID(data),)
        area = self.territory.currentData()
        return ReportFilter(
            self.start.date().toPython(),
            self.end.date().toPython(),
            rep_ids=reps,
            territory_id=uuid.UUID(area) if area else None,
        )
