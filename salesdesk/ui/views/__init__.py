"""One view per process, created when the user first opens it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...core.domain import Process


def create_view(process: Process, app_state) -> QWidget:
    # Imported here: the views use parts (ui/calls, ui/map) that use views/common.py,
    # and start-up only pays for the views the user opens.
    if process == Process.TODAY:
        from .today import TodayView

        return TodayView(app_state)
    if process == Process.CALLS:
        from .calls import CallsView

        return CallsView(app_state)
    if process == Process.LEADS:
        from .leads import LeadsView

        return LeadsView(app_state)
    if process == Process.DEALS:
        from .deals import DealsView

        return DealsView(app_state)
    if process == Process.TERRITORY:
        from .territory import TerritoryView

        return TerritoryView(app_state)
    if process == Process.ACCOUNTS:
        from .accounts import AccountsView

        return AccountsView(app_state)
    if process == Process.AUTOMATION:
        from .automation import AutomationView

        return AutomationView(app_state)
    raise ValueError(f"no view for {process!r}")
