"""Before qualifying: is this lead one of our accounts already? The rep picks the account
to link to, or asks for a new one. Sure matches come first and are marked."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.leads.matching import WHY, AccountMatch
from ...core.leads.qualify import NEW_ACCOUNT
from ..messages import arg
from ..theme import colors, icon
from ..views.common import label


def why_text(match: AccountMatch) -> str:
    return ", ".join(QCoreApplication.translate("Leads", WHY.get(r, r)) for r in match.reasons)


class MatchDialog(QDialog):
    """`choice` after exec(): an account id, qualify.NEW_ACCOUNT, or None (cancelled)."""

    def __init__(
        self, lead_label: str, matches: Sequence[AccountMatch], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Is this an existing account?"))
        self.choice: uuid.UUID | str | None = None
        ordered = sorted(matches, key=lambda m: not m.sure)  # stable: core's order otherwise
        intro = label(
            arg(
                self.tr(
                    "Qualifying %1 creates a contact and a deal. These accounts look like the "
                    "same company: link the lead to one of them, or create a new account."
                ),
                lead_label,
            ),
            wrap=True,
        )
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([self.tr("Account"), self.tr("Town"), self.tr("Why")])
        header = self.list.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        sure_icon = icon("mdi6.check-decagram", colors()["ok"])
        for match in ordered:
            item = QTreeWidgetItem([match.name, match.city or "", why_text(match)])
            item.setData(0, Qt.ItemDataRole.UserRole, str(match.id))
            if match.sure:
                item.setIcon(0, sure_icon)
                item.setToolTip(0, self.tr("A sure match"))
            self.list.addTopLevelItem(item)
        if ordered:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.list.itemDoubleClicked.connect(lambda _item, _col: self._link())
        rows = min(6, max(2, len(ordered)))
        self.list.setFixedHeight(
            self.list.header().sizeHint().height()
            + rows * (self.list.fontMetrics().height() + 8)
            + 6
        )

        self.legend = label(
            self.tr(
                "Marked: a sure match (the same phone, the same email domain and a close "
                "name, or the same name in the same town)."
            ),
            "muted",
            wrap=True,
        )
        self.legend.setVisible(any(m.sure for m in ordered))
        self.link_button = QPushButton(icon("mdi6.link-variant"), self.tr("&Link to this account"))
        self.link_button.setDefault(True)
        self.link_button.clicked.connect(self._link)
        self.new_button = QPushButton(icon("mdi6.plus"), self.tr("Create a &new account"))
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self._new)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        self.list.currentItemChanged.connect(
            lambda item, _prev: self.link_button.setEnabled(item is not None)
        )
        buttons = QHBoxLayout()
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.link_button)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.list)
        lay.addWidget(self.legend)
        lay.addLayout(buttons)
        self.resize(640, self.sizeHint().height())

    def select(self, account_id: uuid.UUID) -> None:
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == str(account_id):
                self.list.setCurrentItem(item)

    def _link(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.choice = uuid.UUID(item.data(0, Qt.ItemDataRole.UserRole))
        self.accept()

    def _new(self) -> None:
        self.choice = NEW_ACCOUNT
        self.accept()
