"""One deal: a header (name, account, stage, amount, close date, owner) and six tabs.

Deal (its own fields), Plan (the opportunity plan), Lines (products; the amount follows),
Proposals (numbered quote versions from the lines, their PDF, marking one sent), Touches
(log one; calls count by themselves) and History (stage moves, qualification).
Each tab saves through its own service; the panel then reloads the deal and emits
`changed`. Changes made elsewhere (a card dragged on the board, a call debriefed) refresh
the header, the touches and the history, never a form the user may be typing in.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from ...core.deals.records import DealDetail, deal_detail
from ...core.models import utcnow
from ..labels import money
from ..messages import arg
from ..views.common import label
from .deal_form import DealForm, category_title, kind_title
from .history_panel import HistoryPanel
from .lines_table import LinesTable
from .plan_form import PlanForm
from .proposals_panel import ProposalsPanel
from .touches_panel import TouchesPanel

DEAL, PLAN, LINES, PROPOSALS, TOUCHES, HISTORY = range(6)
WATCHED = frozenset(
    {"opportunities", "stage_changes", "touches", "calls", "line_items", "proposals"}
)


class DealPanel(QWidget):
    changed = Signal(object)  # the deal's id, after any save

    def __init__(self, app_state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = app_state
        self._db = app_state.ctx.db
        self.deal_id: uuid.UUID | None = None
        self.detail: DealDetail | None = None
        self._fresh = False  # a change notice has just read the deal again

        self.title = label("", "title", wrap=True)
        self.subtitle = label("", "subtitle", wrap=True)
        self.stage = label("", "chip")
        self.amount = label("", "title")
        self.facts = label("", "muted")
        self.next_step = label("", "muted")
        self.warning = label("", "warning", wrap=True)
        self.warning.hide()
        names = QVBoxLayout()
        names.addWidget(self.title)
        names.addWidget(self.subtitle)
        chip = QHBoxLayout()
        chip.addWidget(self.stage)
        chip.addStretch(1)
        names.addLayout(chip)
        figures = QVBoxLayout()
        # Aligned by the layout, not the label: a label mirrors by its text's direction,
        # the layout by the window's (a Latin customer name in a Persian window).
        for part in (self.amount, self.facts, self.next_step):
            figures.addWidget(part, 0, Qt.AlignmentFlag.AlignRight)
        figures.addStretch(1)
        head = QHBoxLayout()
        head.addLayout(names, 3)
        head.addLayout(figures, 2)

        self.deal_form = DealForm(app_state)
        self.plan_form = PlanForm(app_state)
        self.lines = LinesTable(app_state)
        self.proposals = ProposalsPanel(app_state)
        self.touches = TouchesPanel(app_state)
        self.history = HistoryPanel(app_state)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.deal_form, self.tr("&Deal"))
        self.tabs.addTab(self.plan_form, self.tr("P&lan"))
        self.tabs.addTab(self.lines, self.tr("L&ines"))
        self.tabs.addTab(self.proposals, self.tr("P&roposals"))
        self.tabs.addTab(self.touches, self.tr("&Touches"))
        self.tabs.addTab(self.history, self.tr("&History"))
        self.deal_form.saved.connect(self._deal_saved)
        self.plan_form.saved.connect(self._plan_saved)
        self.lines.saved.connect(self._lines_saved)
        self.touches.saved.connect(self._touch_logged)
        self.proposals.saved.connect(self._touch_logged)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 8)
        lay.addLayout(head)
        lay.addWidget(self.warning)
        lay.addWidget(self.tabs, 1)
        app_state.notifier.changed.connect(self._on_changes)

    # opening -----------------------------------------------------------------------
    def new_deal(self, account_id: uuid.UUID | None = None) -> None:
        """An empty Deal tab (for `account_id`); the other tabs open once it is saved."""
        self.deal_id, self.detail = None, None
        self.title.setText(self.tr("New deal"))
        self.subtitle.setText(
            self.tr("Choose the account and name the deal; it starts in the first stage.")
        )
        self.stage.hide()
        self.amount.clear()
        self.facts.clear()
        self.next_step.clear()
        self.warning.hide()
        self.deal_form.load_new(account_id)
        for tab in (PLAN, LINES, PROPOSALS, TOUCHES, HISTORY):
            self.tabs.setTabEnabled(tab, False)
        self.tabs.setCurrentIndex(DEAL)

    def show_deal(self, deal_id: uuid.UUID) -> bool:
        """Load every tab with the deal; False (and a note) when it no longer exists."""
        detail = deal_detail(self._db, deal_id)
        if detail is None:
            self._gone()
            return False
        self.deal_id, self.detail = deal_id, detail
        self._show_header(detail)
        self.deal_form.load_deal(detail)
        self.plan_form.load(detail.id, detail.account_id)
        self.lines.load(detail.id, detail.currency)
        self.proposals.load(detail.id, detail.currency)
        self.touches.load(detail.id, detail.account_id)
        self.history.load(detail)
        for tab in (PLAN, LINES, PROPOSALS, TOUCHES, HISTORY):
            self.tabs.setTabEnabled(tab, True)
        return True

    def _gone(self) -> None:
        self.deal_id, self.detail = None, None
        self.title.setText(self.tr("This deal no longer exists"))
        self.subtitle.setText(self.tr("It was deleted meanwhile; choose another deal."))
        self.stage.hide()
        self.amount.clear()
        self.facts.clear()
        self.next_step.clear()
        self.warning.hide()
        for tab in range(self.tabs.count()):
            self.tabs.setTabEnabled(tab, False)

    def _show_header(self, d: DealDetail) -> None:
        self.title.setText(d.name)
        parts = [d.account, kind_title(d.kind)]
        parts.append(arg(self.tr("owner %1"), d.owner) if d.owner else self.tr("no owner"))
        if d.primary_contact:
            parts.append(d.primary_contact)
        self.subtitle.setText(" · ".join(parts))
        days = max(0, (utcnow() - d.stage_entered_at).days) if d.stage_entered_at else 0
        self.stage.setText(
            arg(self.tr("%1 · %2"), d.stage.name, self.tr("%n day(s) in stage", "", days))
            if d.stage.is_open
            else d.stage.name
        )
        self.stage.show()
        self.amount.setText(money(d.amount, d.currency))
        facts = []
        if d.close_date is not None:
            shown = QLocale().toString(d.close_date, QLocale.FormatType.ShortFormat)
            facts.append(arg(self.tr("closes %1"), shown))
        else:
            facts.append(self.tr("no close date"))
        if d.category:
            facts.append(category_title(d.category))
        if d.stage.is_lost and d.lost_reason:
            facts.append(arg(self.tr("lost: %1"), d.lost_reason))
        self.facts.setText(" · ".join(facts))
        when = d.next_step_date
        step = (
            (
                arg(
                    self.tr("next: %1 by %2"),
                    d.next_step,
                    QLocale().toString(when, QLocale.FormatType.ShortFormat),
                )
                if when
                else arg(self.tr("next: %1"), d.next_step)
            )
            if d.next_step
            else ""
        )
        # One line, cut to fit beside the title; the whole step in the tooltip.
        self.next_step.setToolTip(step)
        self.next_step.setText(
            self.next_step.fontMetrics().elidedText(step, Qt.TextElideMode.ElideRight, 520)
        )
        if d.warnings:
            self.warning.setText(self.tr("The close date has passed; set a new one."))
        self.warning.setVisible(bool(d.warnings))

    # after saves --------------------------------------------------------------------
    # Each save reloads what it changed; the other tabs keep any edits still unsaved.
    def _deal_saved(self, deal_id, saved) -> None:
        moved_account = self.detail is not None and self.detail.account_id != (
            self.deal_form.account.account_id
        )
        if self.deal_id is None or moved_account:
            created = self.deal_id is None
            self.show_deal(deal_id)
            if created:
                self.tabs.setCurrentIndex(PLAN)
        elif self._reloaded():
            self.deal_form.load_deal(self.detail)
        self.deal_form.show_warnings(saved.warnings)
        self.changed.emit(deal_id)

    def _plan_saved(self, deal_id) -> None:
        if self._reloaded():
            self.plan_form.load(self.detail.id, self.detail.account_id)
        self.changed.emit(deal_id)

    def _lines_saved(self, deal_id) -> None:
        if self._reloaded():
            self.lines.load(self.detail.id, self.detail.currency)
            self.deal_form.follow_lines(self.detail.amount, self.detail.line_count > 0)
        self.changed.emit(deal_id)

    def _touch_logged(self, deal_id) -> None:
        self._reloaded()
        self.changed.emit(deal_id)

    def _reloaded(self) -> bool:
        """After a save: its change notice has already read the deal again (True while
        the deal is there); read it only when no notice came."""
        if self._fresh:
            self._fresh = False
            return self.detail is not None
        return self._refresh()

    def _refresh(self) -> bool:
        """Header, history and the touch list again (False: the deal is gone)."""
        if self.deal_id is None:
            return False
        detail = deal_detail(self._db, self.deal_id)
        if detail is None:
            self._gone()
            return False
        self.detail = detail
        self._show_header(detail)
        self.history.load(detail)
        self.touches.show_list()
        self.proposals.show_list()
        return True

    def _on_changes(self, tables: frozenset) -> None:
        """Another part of the window moved the deal or added a touch: show it."""
        if self.deal_id is not None and tables & WATCHED:
            self._fresh = self._refresh()
