"""A cell that draws its value (0..1) as a bar: counts read at a glance, beside the figure."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyledItemDelegate

from ..theme import ACCENT

BAR_ROLE = Qt.ItemDataRole.UserRole + 7


class BarDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option, index) -> None:
        super().paint(painter, option, index)
        share = index.data(BAR_ROLE)
        if not isinstance(share, int | float) or share <= 0:
            return
        rect = QRectF(option.rect).adjusted(6, 6, -6, -6)
        width = rect.width() * min(1.0, float(share))
        if option.direction == Qt.LayoutDirection.RightToLeft:
            rect.setLeft(rect.right() - width)
        else:
            rect.setWidth(width)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(ACCENT))
        painter.drawRoundedRect(rect, 3, 3)
        painter.restore()
