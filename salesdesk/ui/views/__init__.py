"""One view per process. Views that later issues fill start as honest placeholders."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...core.domain import Process
from .account_list import AccountListPanel
from .placeholder import ProcessPlaceholderView
from .territory import TerritoryView
from .today import TodayView


def create_view(process: Process, app_state) -> QWidget:
    if process == Process.TODAY:
        return TodayView(app_state)
    if process == Process.TERRITORY:
        return TerritoryView(app_state)
    if process == Process.ACCOUNTS:
        return ProcessPlaceholderView(process, app_state, extra=AccountListPanel(app_state))
    return ProcessPlaceholderView(process, app_state)
