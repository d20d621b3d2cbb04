"""The handoff queue: handoffs sent to me (an account manager's incoming work, waiting
ones first, oldest first) and those I wrote (a rep's outgoing ones), with their status."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ...core.plans.handoffs import HandoffRow, handoff_queue
from ..calls.widgets import local_text, to_local
from ..views.common import label
from .labels import handoff_status_title

ACCOUNT_ROLE = Qt.ItemDataRole.UserRole
WATCHED = frozenset({"handoffs", "handoff_messages", "accounts", "users"})


class HandoffQueuePanel(QWidget):
    open_handoff = Signal(object)  # the account's id
    waiting_changed = Signal(int)  # how many wait for my move

    COL_STATUS, COL_ACCOUNT, COL_OTHER, COL_SINCE = range(4)

    def __init__(self, app_state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = app_state
        self.waiting = 0
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [self.tr("Status"), self.tr("Account"), self.tr("With"), self.tr("Since")]
        )
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COL_ACCOUNT, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(70)
        self.tree.itemActivated.connect(self._activated)
        self.empty = label(
            self.tr(
                "No handoffs. A rep's handoff of a won account appears here for the account "
                "manager it was sent to, and for the rep who wrote it."
            ),
            "muted",
            wrap=True,
        )
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addWidget(self.empty)
        lay.addWidget(self.tree, 1)
        self.refresh()
        app_state.notifier.changed.connect(self._on_changed)

    def _on_changed(self, tables: frozenset) -> None:
        if tables & WATCHED:
            self.refresh()

    def refresh(self) -> None:
        queue = handoff_queue(self._state.ctx.db, self._state.user_id)
        self.tree.clear()
        waiting = 0
        for title, rows, mine in (
            (self.tr("Sent to me"), queue.incoming, "recipient"),
            (self.tr("Written by me"), queue.outgoing, "sender"),
        ):
            if not rows:
                continue
            group = QTreeWidgetItem([title])
            font = QFont(group.font(0))
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(group)
            for row in rows:
                item = self._item(row, mine)
                group.addChild(item)
                waiting += row.waiting_on == mine
            group.setExpanded(True)
        self.empty.setVisible(self.tree.topLevelItemCount() == 0)
        self.tree.setVisible(self.tree.topLevelItemCount() > 0)
        if waiting != self.waiting:
            self.waiting = waiting
            self.waiting_changed.emit(waiting)

    def _item(self, row: HandoffRow, mine: str) -> QTreeWidgetItem:
        other = row.from_user if mine == "recipient" else row.to_user
        since = row.accepted_at or row.sent_at or row.created_at
        item = QTreeWidgetItem(
            [
                handoff_status_title(row.status),
                row.account,
                other or "—",
                self.locale().toString(to_local(since).date(), QLocale.FormatType.ShortFormat),
            ]
        )
        item.setData(0, ACCOUNT_ROLE, str(row.account_id))
        item.setToolTip(self.COL_ACCOUNT, row.account)
        item.setToolTip(self.COL_SINCE, local_text(since))
        if row.waiting_on == mine:  # my move: bold, like an unread message
            font = QFont(item.font(0))
            font.setBold(True)
            for col in range(4):
                item.setFont(col, font)
            item.setToolTip(0, self.tr("Waiting for you"))
        return item

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        value = item.data(0, ACCOUNT_ROLE)
        if value:
            self.open_handoff.emit(uuid.UUID(value))

    def account_items(self) -> list[QTreeWidgetItem]:
        """Every handoff row (not the group headings), top to bottom."""
        return [
            self.tree.topLevelItem(g).child(i)
            for g in range(self.tree.topLevelItemCount())
            for i in range(self.tree.topLevelItem(g).childCount())
        ]
