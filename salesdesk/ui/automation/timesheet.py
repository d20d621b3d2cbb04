"""The time audit panel: a weekly timesheet and the week's report.

The grid has one row per category and one column per day; cells hold the hours typed by
hand (`1.5`, `1:30`, `90m`) and are the only editable part. Time captured
automatically (call check-in/out, the drive to each visit, the plan and debrief forms)
and hand-typed time in a category no longer listed are shown in a second, read-only
grid. Save replaces the week's manual
time in one unit of work (`core.automation.timeaudit.save_timesheet`).

Beside it, the report: hours and share per category with a bar, the previous weeks'
average and the teammates' average, and the automation candidates. A manager can look
at a team member's week or the team's (read-only).
"""

from __future__ import annotations

import re
import uuid
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.automation import timeaudit as ta
from ...core.automation import timesheet as ts
from ...core.deals.common import week_start
from ...core.domain import Role
from ...core.errors import SalesDeskError
from ..messages import arg, error_text
from ..theme import ACCENT, colors
from ..views.common import Card, label

WATCHED = frozenset({"time_entries", "settings", "tasks", "calls", "accounts", "contacts"})
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
SHARE_ROLE = Qt.ItemDataRole.UserRole + 21
KEY_ROLE = Qt.ItemDataRole.UserRole + 22
MINUTES_ROLE = Qt.ItemDataRole.UserRole + 23  # (shown text, exact minutes) as loaded
TEAM = "team"
_HOURS = re.compile(r"^\s*(\d+)(?:\s*:\s*(\d{1,2}))?\s*$")
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٫,", "01234567890123456789..")


def parse_hours(text: str) -> int | None:
    """Minutes from what a person types in a cell: `1.5`, `1,5`, `1:30`, `90m`, Persian
    digits; blank is 0. None when it is not a time."""
    t = text.translate(_DIGITS).strip().lower()
    if not t:
        return 0
    if t.endswith("m"):
        return int(t[:-1]) if t[:-1].strip().isdigit() else None
    t = t.removesuffix("h").strip()
    m = _HOURS.match(t)
    if m:
        minutes = int(m.group(2) or 0)
        return int(m.group(1)) * 60 + minutes if minutes < 60 else None
    try:
        value = float(t)
    except ValueError:
        return None
    return round(value * 60) if value >= 0 else None


class ShareBarDelegate(QStyledItemDelegate):
    """The category's share of the week as a bar, growing from the reading side."""

    def paint(self, painter: QPainter, option, index) -> None:
        super().paint(painter, option, index)
        share = index.data(SHARE_ROLE)
        if share is None:
            return
        track = QRectF(option.rect).adjusted(6, 7, -6, -7)
        width = track.width() * min(max(float(share), 0.0), 1.0)
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        bar = QRectF(
            track.right() - width if rtl else track.left(), track.top(), width, track.height()
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        back = QColor(colors()["muted"])
        back.setAlpha(40)
        painter.setBrush(back)
        painter.drawRoundedRect(track, 3, 3)
        painter.setBrush(QColor(ACCENT))
        painter.drawRoundedRect(bar, 3, 3)
        painter.restore()


def _table(columns: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.verticalHeader().setVisible(False)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for c in range(1, len(columns)):
        table.horizontalHeader().setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
    return table


def _fit_height(table: QTableWidget) -> None:
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setFixedHeight(rows + table.horizontalHeader().sizeHint().height() + 4)


class TimeAuditPanel(QWidget):
    def __init__(self, app_state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = app_state
        self.db = app_state.ctx.db
        self.sheet: ts.Timesheet | None = None
        self.report: ta.WeekReport | None = None
        self._dirty = False
        self._filling = False
        self._stale = False
        self._saving = False

        self.week = QDateEdit()
        self.week.setCalendarPopup(True)
        self.week.setDisplayFormat(self.tr("'Week of' d MMM yyyy"))
        today = date.today()
        self.week.setDate(QDate(week_start(today)))
        self.week.dateChanged.connect(self._on_week_picked)
        earlier = QPushButton(self.tr("Previous week"))
        earlier.clicked.connect(lambda: self._step(-1))
        later = QPushButton(self.tr("Next week"))
        later.clicked.connect(lambda: self._step(1))
        this_week = QPushButton(self.tr("This week"))
        this_week.clicked.connect(lambda: self.week.setDate(QDate(week_start(date.today()))))
        self.who = QComboBox()
        self.who.currentIndexChanged.connect(lambda _i: self.refresh())
        top = QHBoxLayout()
        top.addWidget(label(self.tr("Week:")))
        top.addWidget(self.week)
        top.addWidget(earlier)
        top.addWidget(later)
        top.addWidget(this_week)
        top.addSpacing(16)
        top.addWidget(self.who)
        top.addStretch(1)
        categories = QPushButton(self.tr("Categories…"))
        categories.setToolTip(self.tr("The activity categories of the timesheet"))
        categories.clicked.connect(self.edit_categories)
        top.addWidget(categories)

        sheet_card = Card(self.tr("Timesheet"))
        hint = label(
            self.tr(
                "Hours typed by hand, per day (1.5, 1:30 or 90m). Time the app captures "
                "itself is listed below and counts in the report."
            ),
            "muted",
            wrap=True,
        )
        self.grid = _table([self.tr("Category"), *["" for _ in range(7)], self.tr("Total")])
        self.grid.itemChanged.connect(self._on_cell_changed)
        self.auto_grid = _table([self.tr("Captured automatically"), *["" for _ in range(7)], ""])
        self.auto_grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.day_totals = label("", "muted", wrap=True)
        self.save_button = QPushButton(self.tr("&Save timesheet"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Undo changes"))
        self.revert_button.clicked.connect(self._revert)
        self.message = label("", wrap=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        sheet_card.body.addWidget(hint)
        sheet_card.body.addWidget(self.grid)
        sheet_card.body.addWidget(self.auto_grid)
        sheet_card.body.addWidget(self.day_totals)
        sheet_card.body.addLayout(buttons)
        sheet_card.body.addStretch(1)

        report_card = Card(self.tr("The week"))
        self.summary = label("", wrap=True)
        self.table = _table(
            [
                self.tr("Category"),
                self.tr("Hours"),
                self.tr("Share"),
                "",
                self.tr("Previous\nweeks"),
                self.tr("Team\naverage"),
            ]
        )
        # The category names keep their width; the bar takes what is left.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        self.table.setItemDelegateForColumn(3, ShareBarDelegate(self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        report_card.body.addWidget(self.summary)
        report_card.body.addWidget(self.table)

        candidates_card = Card(self.tr("Automation candidates"))
        self.candidates_note = label("", "muted", wrap=True)
        self.candidates = _table(
            [self.tr("Repeated manual work"), self.tr("Times"), self.tr("Saves")]
        )
        self.candidates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.candidates.setWordWrap(True)
        candidates_card.body.addWidget(self.candidates_note)
        candidates_card.body.addWidget(self.candidates)
        candidates_card.body.addStretch(1)

        right = QVBoxLayout()
        right.addWidget(report_card)
        right.addWidget(candidates_card)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addWidget(sheet_card, 5)
        columns.addLayout(right, 4)
        root = QVBoxLayout(self)
        root.addLayout(top)
        root.addLayout(columns)
        root.addStretch(1)
        for card in (sheet_card, report_card, candidates_card):
            card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        self._fill_who()
        app_state.notifier.changed.connect(self._on_changed)
        self.refresh()

    def edit_categories(self) -> None:
        from .categories_dialog import TimeCategoriesDialog

        TimeCategoriesDialog(self.state, self._default_labels(), self).exec()

    # names ------------------------------------------------------------------------------
    def _default_labels(self) -> dict[str, str]:
        return {
            "selling_face_to_face": self.tr("Selling face to face"),
            "selling_remote": self.tr("Selling by phone/email"),
            "travel": self.tr("Travel"),
            "planning": self.tr("Planning"),
            "admin": self.tr("Admin/CRM entry"),
            "reporting": self.tr("Reporting"),
            "internal_meetings": self.tr("Internal meetings"),
            "training": self.tr("Training"),
            ta.OTHER: self.tr("Other"),
        }

    def category_label(self, key: str, label_text: str) -> str:
        """A listed category's own label; the built-in ones translated while unchanged."""
        defaults = dict(ta.DEFAULT_CATEGORIES)
        if label_text == defaults.get(key, "Other" if key == ta.OTHER else None):
            return self._default_labels()[key]
        return label_text

    def candidate_text(self, kind: str) -> str:
        return {
            "manual_admin": self.tr("Admin/CRM entry typed by hand (rules and capture cut it)"),
            "manual_selling_time": self.tr(
                "Selling time typed by hand (call check-in/out records it)"
            ),
            "hand_follow_up_tasks": self.tr(
                "Follow-up tasks typed after a debrief (the debrief rule creates them)"
            ),
            "hand_follow_up_calls": self.tr(
                "Follow-up calls typed after a debrief (the debrief rule creates them)"
            ),
            "hand_accounts": self.tr(
                "Accounts typed after a lead was qualified (qualifying creates them)"
            ),
            "hand_contacts": self.tr(
                "Contacts typed after a lead was qualified (qualifying creates them)"
            ),
        }.get(kind, kind)

    def _hours(self, minutes: float | None) -> str:
        if minutes is None:
            return "—"
        return QLocale().toString(minutes / 60, "f", 1)

    # who and when -----------------------------------------------------------------------
    def _fill_who(self) -> None:
        self.who.blockSignals(True)
        self.who.clear()
        me = self.state.user_id
        self.who.addItem(self.tr("My week"), me)
        if me is not None and self.state.role == Role.SALES_MANAGER:
            from sqlalchemy import select

            from ...core.models import User

            team = ta.team_of(self.db, me)
            if team:
                self.who.addItem(self.tr("My team"), TEAM)
                with self.db.read() as s:
                    names = dict(
                        s.execute(select(User.id, User.name).where(User.id.in_(team))).all()
                    )
                for uid in team:
                    self.who.addItem(names.get(uid, ""), uid)
        self.who.blockSignals(False)

    def week_start(self) -> date:
        return week_start(self.week.date().toPython())

    def _step(self, weeks: int) -> None:
        self.week.setDate(QDate(self.week_start() + timedelta(weeks=weeks)))

    def _on_week_picked(self, _d) -> None:
        monday = week_start(self.week.date().toPython())
        if self.week.date().toPython() != monday:
            self.week.setDate(QDate(monday))  # comes back here once
            return
        self.refresh()

    def _subject(self):
        data = self.who.currentData()
        if data == TEAM:
            return ta.team_of(self.db, self.state.user_id)
        return data

    def _editable(self) -> bool:
        data = self.who.currentData()
        return isinstance(data, uuid.UUID) and data == self.state.user_id

    # loading ----------------------------------------------------------------------------
    def _on_changed(self, tables: frozenset) -> None:
        if self._saving or not tables & WATCHED:
            return
        if self.isVisible():
            self.refresh(keep_edits=True)
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh(keep_edits=True)

    def refresh(self, keep_edits: bool = False) -> None:
        subject = self._subject()
        if subject is None or subject == []:
            self.message.setText(self.tr("Create your profile to keep a timesheet."))
            self.save_button.setEnabled(False)
            return
        week = self.week_start()
        self.report = ta.week_report(self.db, subject, week)
        self._show_report(self.report)
        if isinstance(subject, uuid.UUID):
            sheet = ts.timesheet(self.db, subject, week)
            if not (keep_edits and self._dirty and self.sheet and self.sheet.week_start == week):
                self._fill_grid(sheet)
            self.sheet = sheet
            self._fill_auto(sheet)
        else:
            self.sheet = None
            self.grid.setRowCount(0)
            self.auto_grid.setRowCount(0)
            self.day_totals.setText(self.tr("Pick one person to see a timesheet."))
        editable = self._editable()
        self.grid.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            if editable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        self.save_button.setEnabled(editable)
        self.revert_button.setEnabled(editable and self._dirty)

    def _day_headers(self, table: QTableWidget, first: str, last: str, days) -> None:
        locale = QLocale()
        short = QLocale.FormatType.ShortFormat
        names = [f"{locale.dayName(d.isoweekday(), short)} {locale.toString(d.day)}" for d in days]
        table.setHorizontalHeaderLabels([first, *names, last])

    def _fill_grid(self, sheet: ts.Timesheet) -> None:
        self._filling = True
        self._day_headers(self.grid, self.tr("Category"), self.tr("Total"), sheet.days)
        self.grid.setRowCount(len(sheet.categories))
        for r, cat in enumerate(sheet.categories):
            name = QTableWidgetItem(self.category_label(cat.key, cat.label))
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            name.setData(KEY_ROLE, cat.key)
            self.grid.setItem(r, 0, name)
            for c, day in enumerate(sheet.days, start=1):
                minutes = sheet.manual.get((day, cat.key), 0)
                item = QTableWidgetItem(self._hours(minutes) if minutes else "")
                item.setData(MINUTES_ROLE, (item.text(), minutes))
                item.setTextAlignment(RIGHT)
                note = sheet.notes.get((day, cat.key))
                if note:
                    item.setToolTip(note)
                self.grid.setItem(r, c, item)
            total = QTableWidgetItem()
            total.setFlags(Qt.ItemFlag.ItemIsEnabled)
            total.setTextAlignment(RIGHT)
            self.grid.setItem(r, 8, total)
        _fit_height(self.grid)
        self._filling = False
        self._dirty = False
        self.message.setText("")
        self._update_totals()

    def _fill_auto(self, sheet: ts.Timesheet) -> None:
        self._day_headers(
            self.auto_grid, self.tr("Captured automatically"), self.tr("Total"), sheet.days
        )
        labels = {c.key: self.category_label(c.key, c.label) for c in sheet.categories}
        rows: list[tuple[str, dict]] = []
        for key in [c.key for c in sheet.categories]:
            if any(k == key for (_d, k) in sheet.auto):
                rows.append((labels[key], {d: m for (d, k), m in sheet.auto.items() if k == key}))
        for key in sorted({k for (_d, k) in sheet.other}):
            per_day = {d: m for (d, k), m in sheet.other.items() if k == key}
            rows.append((arg(self.tr("%1 (not in the list)"), key), per_day))
        self.auto_grid.setRowCount(len(rows))
        muted = QColor(colors()["muted"])
        for r, (name, per_day) in enumerate(rows):
            self.auto_grid.setItem(r, 0, QTableWidgetItem(name))
            for c, day in enumerate(sheet.days, start=1):
                item = QTableWidgetItem(self._hours(per_day[day]) if per_day.get(day) else "")
                item.setTextAlignment(RIGHT)
                item.setForeground(muted)
                self.auto_grid.setItem(r, c, item)
            total = QTableWidgetItem(self._hours(sum(per_day.values())))
            total.setTextAlignment(RIGHT)
            self.auto_grid.setItem(r, 8, total)
        self.auto_grid.setVisible(bool(rows))
        _fit_height(self.auto_grid)
        self._update_totals()

    # editing ----------------------------------------------------------------------------
    def _cell_minutes(self, row: int, col: int) -> int | None:
        item = self.grid.item(row, col)
        if item is None:
            return 0
        loaded = item.data(MINUTES_ROLE)
        if loaded and loaded[0] == item.text():
            return loaded[1]  # unchanged: the exact minutes, not the rounded hours shown
        return parse_hours(item.text())

    def _on_cell_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        self._dirty = True
        self.revert_button.setEnabled(True)
        bad = parse_hours(item.text()) is None
        self._filling = True
        item.setForeground(QColor(colors()["error"]) if bad else self.grid.palette().text().color())
        self._filling = False
        self.message.setProperty("role", "error" if bad else "muted")
        self.message.style().polish(self.message)
        self.message.setText(
            arg(self.tr("“%1” is not a number of hours."), item.text())
            if bad
            else self.tr("Unsaved changes.")
        )
        self._update_totals()

    def _update_totals(self) -> None:
        if self.sheet is None:
            return
        per_day = [0] * 7
        for r in range(self.grid.rowCount()):
            row_total = 0
            for c in range(1, 8):
                minutes = self._cell_minutes(r, c) or 0
                row_total += minutes
                per_day[c - 1] += minutes
            total = self.grid.item(r, 8)
            if total is not None:
                self._filling = True
                total.setText(self._hours(row_total) if row_total else "")
                self._filling = False
        for i, day in enumerate(self.sheet.days):
            per_day[i] += sum(m for (d, _k), m in self.sheet.auto.items() if d == day)
            per_day[i] += sum(m for (d, _k), m in self.sheet.other.items() if d == day)
        week = sum(per_day)
        self.day_totals.setText(
            arg(
                self.tr("Week total with the automatic time: %1 h (per day: %2)"),
                self._hours(week),
                " · ".join(self._hours(m) for m in per_day),
            )
        )

    def rows(self) -> list[ts.TimesheetRow]:
        """The grid as timesheet rows; raises ValueError naming the first bad cell."""
        assert self.sheet is not None
        found = []
        for r in range(self.grid.rowCount()):
            key = self.grid.item(r, 0).data(KEY_ROLE)
            for c, day in enumerate(self.sheet.days, start=1):
                minutes = self._cell_minutes(r, c)
                if minutes is None:
                    self.grid.setCurrentCell(r, c)
                    raise ValueError(self.grid.item(r, c).text())
                if minutes:
                    found.append(
                        ts.TimesheetRow(day, key, minutes, self.sheet.notes.get((day, key)))
                    )
        return found

    def save(self) -> bool:
        if self.sheet is None or not self._editable():
            return False
        self.message.setProperty("role", "error")
        self.message.style().polish(self.message)
        try:
            rows = self.rows()
        except ValueError as exc:
            self.message.setText(arg(self.tr("“%1” is not a number of hours."), str(exc)))
            return False
        self._saving = True  # the save's own change notice: refreshed once, below
        try:
            ts.save_timesheet(self.db, self.state.user_id, self.sheet.week_start, rows)
        except SalesDeskError as exc:
            self.message.setText(error_text(exc))
            return False
        finally:
            self._saving = False
        self.refresh()
        self.message.setProperty("role", "muted")
        self.message.style().polish(self.message)
        self.message.setText(self.tr("Timesheet saved."))
        return True

    def _revert(self) -> None:
        self._dirty = False
        self.refresh()

    # the report -------------------------------------------------------------------------
    def _show_report(self, report: ta.WeekReport) -> None:
        prev = report.previous_totals
        average = sum(prev) / len(prev) if prev else None
        self.summary.setText(
            arg(
                self.tr(
                    "%1 h this week: %2 h captured automatically, %3 h typed by hand. "
                    "The previous %4 weeks: %5 h a week on average; teammates: %6 h."
                ),
                self._hours(report.total_minutes),
                self._hours(report.auto_minutes),
                self._hours(report.manual_minutes),
                QLocale().toString(len(prev)),
                self._hours(average),
                self._hours(report.team_total_average),
            )
        )
        self.table.setRowCount(len(report.rows))
        locale = QLocale()
        for r, row in enumerate(report.rows):
            prev_text = " · ".join(self._hours(m) for m in reversed(row.previous))
            cells = [
                self.category_label(row.key, row.label),
                self._hours(row.minutes),
                locale.toString(round(row.share * 100)) + locale.percent(),
                "",
                self._hours(row.previous_average),
                self._hours(row.team_average),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(RIGHT)
                self.table.setItem(r, c, item)
            self.table.item(r, 3).setData(SHARE_ROLE, row.share)
            self.table.item(r, 4).setToolTip(
                arg(self.tr("Oldest to latest: %1 h"), prev_text) if row.previous else ""
            )
            self.table.item(r, 1).setToolTip(
                arg(
                    self.tr("%1 h automatic, %2 h by hand"),
                    self._hours(row.auto_minutes),
                    self._hours(row.manual_minutes),
                )
            )
        _fit_height(self.table)

        self.candidates.setRowCount(len(report.candidates))
        for r, cand in enumerate(report.candidates):
            name = QTableWidgetItem(self.candidate_text(cand.kind))
            count = QTableWidgetItem(locale.toString(cand.count))
            count.setTextAlignment(RIGHT)
            saves = QTableWidgetItem(arg(self.tr("~%1 min"), locale.toString(cand.minutes_saved)))
            saves.setTextAlignment(RIGHT)
            for c, item in enumerate((name, count, saves)):
                self.candidates.setItem(r, c, item)
        self.candidates.resizeRowsToContents()
        _fit_height(self.candidates)
        self.candidates.setVisible(bool(report.candidates))
        self.candidates_note.setText(
            arg(
                self.tr(
                    "About %1 minutes this week could be left to the app. Estimates: a quarter "
                    "of hand-typed admin time, and a few minutes per record typed by hand."
                ),
                locale.toString(report.minutes_saved),
            )
            if report.candidates
            else self.tr("Nothing repeated by hand this week that a rule could do.")
        )
