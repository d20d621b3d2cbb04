"""Paints a deal card: name and forecast category, account, amount and close date (red
when overdue), owner and days in the stage (an amber chip when stalled).

Every card has the same height, so a column of 5,000 cards lays out at once
(uniformItemSizes) and only the dozen on screen are ever painted. Rectangles are laid
out left to right and mirrored with QStyle.visualRect, so the card reads right to left
in Persian.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPen,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ...core.deals.board import Card
from ...core.deals.stages import Stage
from ..labels import money
from ..theme import ACCENT, colors
from .board_model import CARD_ROLE

MARGIN_X, MARGIN_Y = 6, 4  # around a card, inside the column
PAD_X, PAD_Y = 12, 9  # inside a card
GAP = 3  # between lines
STRIP = 4  # the forecast colour on the leading edge


def _category_colors(c: dict[str, str]) -> dict[str, str]:
    return {
        "commit": c["ok"],
        "best_case": ACCENT,
        "pipeline": c["muted"],
        "omitted": c["border"],
        "won": c["ok"],
        "lost": c["error"],
    }


class CardDelegate(QStyledItemDelegate):
    def __init__(self, currency: str = "GBP", parent=None) -> None:
        super().__init__(parent)
        self.currency = currency
        self._height = 0
        self._titles = {
            "commit": self.tr("Commit"),
            "best_case": self.tr("Best case"),
            "pipeline": self.tr("Pipeline"),
            "omitted": self.tr("Omitted"),
            "won": self.tr("Won"),
            "lost": self.tr("Lost"),
        }

    # --- size ---------------------------------------------------------------------
    def card_height(self, font: QFont) -> int:
        if not self._height:
            line = QFontMetrics(font).height()
            self._height = 2 * (MARGIN_Y + PAD_Y) + 4 * line + 3 * GAP + 2
        return self._height

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        return QSize(200, self.card_height(option.font))

    # --- text ---------------------------------------------------------------------
    @staticmethod
    def category_key(card: Card, stage: Stage | None) -> str:
        """The chip: the forecast category of an open deal, won or lost for a closed one."""
        if stage is not None and stage.is_won:
            return "won"
        if stage is not None and stage.is_lost:
            return "lost"
        return card.category or "pipeline"

    def days_text(self, card: Card, stage: Stage | None) -> str:
        if stage is not None and not stage.is_open:
            return self.tr("Closed %n d ago", "", card.days_in_stage)
        if card.stalled:
            return self.tr("Stalled · %n d", "", card.days_in_stage)
        return self.tr("%n d in stage", "", card.days_in_stage)

    def date_text(self, day: date | None) -> str:
        if day is None:
            return self.tr("No close date")
        return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")

    # --- painting -----------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        card = index.data(CARD_ROLE)
        if not isinstance(card, Card):
            return
        c = colors()
        direction = option.direction
        outer = QRect(option.rect).adjusted(MARGIN_X, MARGIN_Y, -MARGIN_X, -MARGIN_Y)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setLayoutDirection(direction)
        path = QPainterPath()
        path.addRoundedRect(QRectF(outer).adjusted(0.5, 0.5, -0.5, -0.5), 7, 7)
        border = QColor(ACCENT) if selected else QColor(c["border"])
        if hovered and not selected:
            border = QColor(c["muted"])
        painter.setPen(QPen(border, 2 if selected or focused else 1))
        painter.setBrush(QColor(c["base"]))
        painter.drawPath(path)

        stage = getattr(index.model(), "stage", None)
        key = self.category_key(card, stage)
        tint = QColor(_category_colors(c).get(key, c["muted"]))
        painter.save()
        painter.setClipPath(path)
        strip = QStyle.visualRect(
            direction, outer, QRect(outer.left(), outer.top(), STRIP, outer.height())
        )
        painter.fillRect(strip, tint)
        painter.restore()

        inner = outer.adjusted(PAD_X + STRIP // 2, PAD_Y, -PAD_X, -PAD_Y)
        base_font = QFont(option.font)
        bold = QFont(base_font)
        bold.setWeight(QFont.Weight.DemiBold)
        small = QFont(base_font)
        small.setPointSizeF(max(6.0, base_font.pointSizeF() * 0.85))
        line = QFontMetrics(base_font).height()
        rows = [
            QRect(inner.left(), inner.top() + i * (line + GAP), inner.width(), line)
            for i in range(4)
        ]

        # line 1: the deal's name; line 2: its account, the category chip at the end
        self._text(painter, direction, outer, rows[0], card.name, bold, QColor(c["text"]))
        chip_text = self._titles.get(key, key)
        chip_w = QFontMetrics(small).horizontalAdvance(chip_text) + 14
        chip = QRect(rows[1].right() - chip_w + 1, rows[1].top() + 1, chip_w, line - 2)
        self._chip(painter, direction, outer, chip, chip_text, small, tint, tint, filled=False)
        account_rect = QRect(rows[1].left(), rows[1].top(), rows[1].width() - chip_w - 8, line)
        self._text(
            painter, direction, outer, account_rect, card.account, base_font, QColor(c["muted"])
        )

        # line 3: amount, close date at the end
        amount = money(card.amount, self.currency)
        amount_w = QFontMetrics(bold).horizontalAdvance(amount) + 4
        date_color = QColor(c["error"] if card.overdue else c["muted"])
        date_font = QFont(bold if card.overdue else base_font)
        self._text(
            painter,
            direction,
            outer,
            QRect(rows[2].left(), rows[2].top(), amount_w, line),
            amount,
            bold,
            QColor(c["text"]),
        )
        self._text(
            painter,
            direction,
            outer,
            QRect(
                rows[2].left() + amount_w + 6, rows[2].top(), rows[2].width() - amount_w - 6, line
            ),
            self.date_text(card.close_date),
            date_font,
            date_color,
            end=True,
        )

        # line 4: owner, days in stage (stalled: amber chip) at the end
        days = self.days_text(card, stage)
        days_w = QFontMetrics(small).horizontalAdvance(days) + (14 if card.stalled else 2)
        days_rect = QRect(rows[3].right() - days_w + 1, rows[3].top() + 1, days_w, line - 2)
        if card.stalled:
            amber = QColor(c["warning"])
            fill = QColor(c["banner"])
            self._chip(painter, direction, outer, days_rect, days, small, amber, fill, filled=True)
        else:
            self._text(
                painter, direction, outer, days_rect, days, small, QColor(c["muted"]), end=True
            )
        owner_rect = QRect(rows[3].left(), rows[3].top(), rows[3].width() - days_w - 8, line)
        self._text(
            painter,
            direction,
            outer,
            owner_rect,
            card.owner or self.tr("No owner"),
            base_font,
            QColor(c["muted"]),
        )
        painter.restore()

    def _text(self, painter, direction, outer, rect, text, font, color, end=False) -> None:
        if rect.width() <= 4:
            return
        painter.setFont(font)
        painter.setPen(color)
        logical = Qt.AlignmentFlag.AlignRight if end else Qt.AlignmentFlag.AlignLeft
        align = QStyle.visualAlignment(direction, logical) | Qt.AlignmentFlag.AlignVCenter
        shown = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        # The text's own direction (an English name in a Persian layout stays left to
        # right inside its box); the box and its alignment follow the layout.
        option = QTextOption(align)
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
        painter.drawText(QRectF(QStyle.visualRect(direction, outer, rect)), shown, option)

    def _chip(self, painter, direction, outer, rect, text, font, color, fill, filled) -> None:
        box = QStyle.visualRect(direction, outer, rect)
        painter.save()
        back = QColor(fill)
        if not filled:
            back.setAlpha(28)
        painter.setPen(QPen(color, 1) if filled else Qt.PenStyle.NoPen)
        painter.setBrush(back)
        painter.drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        painter.setFont(font)
        painter.setPen(color)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
