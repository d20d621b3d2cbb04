"""The Deals view: the pipeline board (an opened deal beside it), the quota dashboard, what
works and cross-sell openings on tabs.

The other tabs and the deal panel are built on first use; a part this version does not
have yet shows a plain note instead, so the board works on its own.
"""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..deals.board import PipelineBoard
from ..theme import icon
from .common import label

log = logging.getLogger(__name__)


class DealsView(QWidget):
    status_changed = Signal(str)

    def __init__(self, app_state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = app_state

        top = QHBoxLayout()
        top.setContentsMargins(16, 12, 16, 0)
        top.addWidget(label(self.tr("Deals"), "title"))
        top.addStretch(1)

        self.board = PipelineBoard(app_state)
        self.board.status_changed.connect(self.status_changed)
        self.board.open_deal.connect(self.open_deal)
        self.board.edit_stages_requested.connect(self.edit_stages)

        self.side = QFrame()
        self.side.setMinimumWidth(320)
        self.side_layout = QVBoxLayout(self.side)
        self.side_layout.setContentsMargins(8, 8, 12, 8)
        close = QToolButton()
        close.setIcon(icon("mdi6.close"))
        close.setToolTip(self.tr("Close the deal"))
        close.setAccessibleName(close.toolTip())
        close.clicked.connect(self.close_deal)
        side_top = QHBoxLayout()
        side_top.addStretch(1)
        side_top.addWidget(close)
        self.side_layout.addLayout(side_top)
        self.side.hide()
        self.deal_panel: QWidget | None = None

        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.board)
        self.split.addWidget(self.side)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setChildrenCollapsible(False)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.split, icon("mdi6.view-column-outline"), self.tr("Board"))
        # Tab index -> the name of the method that builds it. Names, not bound methods:
        # a bound method kept on self is a reference cycle, and a cycle collected by a
        # worker thread's garbage collection would delete the widget on that thread.
        self._lazy: dict[int, str] = {}
        for icon_name, title, build in (
            ("mdi6.view-dashboard-outline", self.tr("Dashboard"), "_dashboard"),
            ("mdi6.lightbulb-on-outline", self.tr("What works"), "_what_works"),
            ("mdi6.star-shooting-outline", self.tr("Openings"), "_openings"),
        ):
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self._lazy[self.tabs.addTab(holder, icon(icon_name), title)] = build
        self.tabs.currentChanged.connect(self._tab_shown)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.tabs, 1)

    def settled(self) -> bool:
        """The board is drawn (screenshots wait for it)."""
        return self.board.board is not None and not self.board.loading

    # --- lazy tabs ------------------------------------------------------------------
    def _tab_shown(self, index: int) -> None:
        build = self._lazy.pop(index, None)
        if build is None:
            return
        holder = self.tabs.widget(index)
        holder.layout().addWidget(getattr(self, build)())

    def _missing(self, exc: ImportError) -> QWidget:
        log.info("deals part not available: %s", exc)
        note = label(self.tr("This part is not available in this version yet."), "muted")
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return note

    def _connect_status(self, widget: QWidget) -> QWidget:
        signal = getattr(widget, "status_changed", None) or getattr(widget, "message", None)
        if signal is not None and hasattr(signal, "connect"):
            signal.connect(self.status_changed)
        return widget

    def _dashboard(self) -> QWidget:
        try:
            from ..deals.dashboard import QuotaDashboard
        except ImportError as exc:
            return self._missing(exc)
        return self._connect_status(QuotaDashboard(self._state))

    def _what_works(self) -> QWidget:
        try:
            from ..deals.whatworks import WhatWorksPanel
        except ImportError as exc:
            return self._missing(exc)
        return self._connect_status(WhatWorksPanel(self._state))

    def _openings(self) -> QWidget:
        try:
            from ..deals.openings import OpeningsPanel
        except ImportError as exc:
            return self._missing(exc)
        return self._connect_status(OpeningsPanel(self._state))

    # --- the open deal --------------------------------------------------------------
    def _panel(self) -> QWidget:
        if self.deal_panel is None:
            try:
                from ..deals.deal_panel import DealPanel
            except ImportError as exc:
                self.deal_panel = self._missing(exc)
            else:
                # The board follows the saves through the change notices (debounced).
                self.deal_panel = self._connect_status(DealPanel(self._state))
            self.side_layout.addWidget(self.deal_panel, 1)
        return self.deal_panel

    def open_deal(self, deal_id: uuid.UUID) -> None:
        """Show the deal beside the board."""
        self.tabs.setCurrentIndex(0)
        panel = self._panel()
        show = getattr(panel, "show_deal", None)
        if show is not None:
            show(deal_id)
        if not self.side.isVisible():
            self.side.show()
            width = max(self.split.width(), 900)
            self.split.setSizes([width * 3 // 5, width * 2 // 5])
        self.board.select_deal(deal_id, focus=False)

    def close_deal(self) -> None:
        self.side.hide()
        self.board.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- stages ---------------------------------------------------------------------
    def edit_stages(self) -> bool:
        """The stage editor (sales managers); the board reloads from the change notice."""
        from ..deals.stage_editor import StageEditorDialog

        dialog = StageEditorDialog(self._state, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return accepted
