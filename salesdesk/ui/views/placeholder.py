"""A process view not built yet: says what will be here and what data is ready for it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...core.domain import Process
from ...core.stats import record_counts
from ..labels import PROCESS_ICONS, process_description, process_title
from ..theme import colors, icon
from .common import Card, label

# The records each process will work on, shown as live counts.
PROCESS_TABLES = {
    Process.CALLS: ("calls", "call_feedback", "tasks"),
    Process.LEADS: ("leads",),
    Process.DEALS: ("opportunities", "stage_changes", "touches"),
    Process.ACCOUNTS: ("accounts", "contacts", "account_plans", "handoffs"),
    Process.TERRITORY: ("accounts", "territories"),
    Process.AUTOMATION: ("time_entries", "email_templates", "products"),
}


def _table_title(name: str) -> str:
    return {
        "calls": QCoreApplication.translate("Placeholder", "calls"),
        "call_feedback": QCoreApplication.translate("Placeholder", "feedback comments"),
        "tasks": QCoreApplication.translate("Placeholder", "tasks"),
        "leads": QCoreApplication.translate("Placeholder", "leads"),
        "opportunities": QCoreApplication.translate("Placeholder", "deals"),
        "stage_changes": QCoreApplication.translate("Placeholder", "stage changes"),
        "touches": QCoreApplication.translate("Placeholder", "touches"),
        "accounts": QCoreApplication.translate("Placeholder", "accounts"),
        "contacts": QCoreApplication.translate("Placeholder", "contacts"),
        "account_plans": QCoreApplication.translate("Placeholder", "account plans"),
        "handoffs": QCoreApplication.translate("Placeholder", "handoffs"),
        "territories": QCoreApplication.translate("Placeholder", "territories"),
        "time_entries": QCoreApplication.translate("Placeholder", "time entries"),
        "email_templates": QCoreApplication.translate("Placeholder", "email templates"),
        "products": QCoreApplication.translate("Placeholder", "products"),
    }[name]


class ProcessPlaceholderView(QWidget):
    # Forwarded from the extra panel (the account list): the main window routes them.
    plan_call = Signal(object)
    account_calls = Signal(object)

    def __init__(
        self,
        process: Process,
        app_state,
        extra: QWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.process = process
        self._state = app_state
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 28, 32, 28)
        outer.setSpacing(16)

        head = QHBoxLayout()
        pic = QLabel()
        pic.setPixmap(icon(PROCESS_ICONS[process], color=colors()["muted"]).pixmap(48, 48))
        head.addWidget(pic)
        titles = QVBoxLayout()
        titles.addWidget(label(process_title(process), "title"))
        titles.addWidget(label(process_description(process), "subtitle", wrap=True))
        head.addLayout(titles, 1)
        outer.addLayout(head)

        card = Card(self.tr("Not built yet"))
        card.body.addWidget(
            label(
                self.tr(
                    "This view arrives in a coming release. The records it works on are "
                    "already kept in your database:"
                ),
                wrap=True,
            )
        )
        self.facts = label("", "muted", wrap=True)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        card.body.addWidget(self.facts)
        outer.addWidget(card)
        if extra is not None:
            outer.addWidget(extra, 1)
            for name in ("plan_call", "account_calls"):
                if hasattr(extra, name):
                    getattr(extra, name).connect(getattr(self, name).emit)
        else:
            outer.addStretch(1)
        self.refresh()
        app_state.notifier.changed.connect(self._on_changed)

    def _on_changed(self, tables: frozenset) -> None:
        if tables & set(PROCESS_TABLES[self.process]):
            self.refresh()

    def refresh(self) -> None:
        counts = record_counts(self._state.ctx.db, PROCESS_TABLES[self.process])
        self.facts.setText(
            "\n".join(
                f"• {self.locale().toString(n)} {_table_title(name)}" for name, n in counts.items()
            )
        )
