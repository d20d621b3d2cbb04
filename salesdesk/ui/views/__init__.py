"""One view per process. Views that later issues fill start as honest placeholders."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...core.domain import Process
from .placeholder import ProcessPlaceholderView
from .today import TodayView


def create_view(process: Process, app_state) -> QWidget:
    if process == Process.TODAY:
        return TodayView(app_state)
    return ProcessPlaceholderView(process, app_state)
