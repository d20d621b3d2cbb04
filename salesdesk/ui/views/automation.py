"""Process 7, sales automation: one tab per part (the time audit first; email templates,
reports and rules add their tabs with add_part)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget


class AutomationView(QWidget):
    def __init__(self, app_state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ..automation.templates_panel import TemplatesPanel
        from ..automation.timesheet import TimeAuditPanel
        from ..reports.dashboard import ReportsPanel

        self.state = app_state
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.time_audit = TimeAuditPanel(app_state)
        self.add_part(self.time_audit, self.tr("Time audit"))
        self.templates = TemplatesPanel(app_state)
        self.add_part(self.templates, self.tr("Email templates"))
        self.reports = ReportsPanel(app_state)
        self.add_part(self.reports, self.tr("Reports"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def add_part(self, widget: QWidget, title: str) -> int:
        """Another part of the process as a tab; returns its index."""
        return self.tabs.addTab(widget, title)
