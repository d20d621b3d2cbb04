"""The overview's cards: one per report with its title, one headline figure and a small
chart; a click, Enter or Space opens the report."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout

from ...core.reports import Report
from ..theme import ACCENT
from ..views.common import label
from .chart import ReportChart, legend_items
from .formats import report_text
from .headline import headline


class ReportCard(QFrame):
    """A report at a glance; keyboard reachable like a button."""

    activated = Signal(str)  # the report's name

    def __init__(self, name: str, title: str, room: int = 0, parent=None) -> None:
        """`room`: the chart's usual plot width, for fitting its labels (0: a wide card)."""
        super().__init__(parent)
        self.name = name
        self.report: Report | None = None
        self.setProperty("role", "card")
        self.setObjectName("reportCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(report_text(title))
        self.setToolTip(self.tr("Open the report"))
        # The hover and focus ring: the card is the button.
        self.setStyleSheet(
            f'QFrame#reportCard[role="card"]:hover {{ border: 1px solid {ACCENT}; }}'
            f'QFrame#reportCard[role="card"]:focus {{ border: 2px solid {ACCENT}; }}'
        )
        self.title = label(report_text(title))
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.05)
        self.title.setFont(font)
        self.open_hint = label("‹" if self.isRightToLeft() else "›", "muted")
        self.value = label("…")
        big = self.value.font()
        big.setPointSizeF(big.pointSizeF() * 1.7)
        big.setWeight(QFont.Weight.DemiBold)
        self.value.setFont(big)
        self.caption = label("", "muted")
        self.caption.setWordWrap(False)
        self.chart = ReportChart(compact=True, room=room)
        self.chart.setMinimumHeight(150)
        self.key = QLabel()
        self.key.setTextFormat(Qt.TextFormat.RichText)  # coloured dots; names escaped
        # One line: a wrapping label asks its layout for height it does not need.
        self.key.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.key.setProperty("role", "muted")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.open_hint)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 10, 14, 10)
        lay.setSpacing(2)
        lay.addLayout(top)
        lay.addWidget(self.value)
        lay.addWidget(self.caption)
        lay.addSpacing(4)
        lay.addWidget(self.chart, 1)
        lay.addWidget(self.key)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 250)

    def show_report(self, report: Report, currency: str) -> None:
        self.report = report
        figure, caption = headline(report, self.locale(), currency)
        self.value.setText(figure)
        self.caption.setText(caption)
        self.chart.show_report(report, currency)
        items = legend_items(report) if not self.chart.is_empty() else []
        self.key.setText(
            "&nbsp;&nbsp; ".join(
                f'<span style="color:{tint}">●</span>&nbsp;{html.escape(name)}'
                for name, tint in items
            )
            if len(items) > 1
            else ""
        )
        self.key.setVisible(len(items) > 1)
        self.setAccessibleDescription(f"{figure} {caption}")

    def show_failure(self, text: str) -> None:
        self.report = None
        self.value.setText("—")
        self.caption.setText(text)
        self.caption.setToolTip(text)
        self.chart.clear()
        self.key.setVisible(False)

    def show_waiting(self) -> None:
        self.value.setText("…")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.activated.emit(self.name)
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.name)
            return
        super().keyPressEvent(event)
