"""One pipeline column's cards as a list model: the card itself under CARD_ROLE, a deal's
id and its stage in the drag data, and row edits small enough that a move repaints only
the two columns it touches."""

from __future__ import annotations

import json
import uuid
from bisect import bisect_left
from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from ...core.deals.board import Card
from ...core.deals.stages import Stage

CARD_ROLE = Qt.ItemDataRole.UserRole + 1
DEAL_MIME = "application/x-salesdesk-deal"

Index = QModelIndex | QPersistentModelIndex


def _order(card: Card) -> tuple[float, str]:
    """The board's order: largest amount first, then by name (as core sorts them)."""
    return (-card.amount, card.name)


def encode_deal(card: Card) -> QMimeData:
    mime = QMimeData()
    payload = {"deal": card.id.hex, "from": card.stage_id.hex}
    mime.setData(DEAL_MIME, json.dumps(payload).encode())
    mime.setText(card.name)
    return mime


def decode_deal(mime: QMimeData | None) -> tuple[uuid.UUID, uuid.UUID] | None:
    """(deal id, stage it was dragged from), or None for anything that is not a card."""
    if mime is None or not mime.hasFormat(DEAL_MIME):
        return None
    try:
        payload = json.loads(bytes(mime.data(DEAL_MIME).data()).decode())
        return uuid.UUID(payload["deal"]), uuid.UUID(payload["from"])
    except (ValueError, KeyError, TypeError):
        return None


class StageCardModel(QAbstractListModel):
    """The cards of one stage, in board order."""

    def __init__(self, stage: Stage, parent=None) -> None:
        super().__init__(parent)
        self.stage = stage
        self._cards: list[Card] = []
        self._total = 0.0

    # --- filling ------------------------------------------------------------------
    def set_cards(self, cards: Sequence[Card]) -> None:
        self.beginResetModel()
        self._cards = list(cards)
        self._total = sum(c.amount for c in self._cards)
        self.endResetModel()

    def row_of(self, deal_id: uuid.UUID) -> int:
        for row, card in enumerate(self._cards):
            if card.id == deal_id:
                return row
        return -1

    def card(self, row: int) -> Card | None:
        return self._cards[row] if 0 <= row < len(self._cards) else None

    def take(self, deal_id: uuid.UUID) -> Card | None:
        row = self.row_of(deal_id)
        if row < 0:
            return None
        self.beginRemoveRows(QModelIndex(), row, row)
        card = self._cards.pop(row)
        self._total -= card.amount
        self.endRemoveRows()
        return card

    def put(self, card: Card) -> int:
        """Insert `card` where the board's order puts it; returns its row."""
        keys = [_order(c) for c in self._cards]
        row = bisect_left(keys, _order(card))
        self.beginInsertRows(QModelIndex(), row, row)
        self._cards.insert(row, card)
        self._total += card.amount
        self.endInsertRows()
        return row

    @property
    def total(self) -> float:
        return self._total

    # --- Qt model -----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role == CARD_ROLE:
            return card
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return card.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{card.name}\n{card.account}" + (f"\n{card.owner}" if card.owner else "")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def mimeTypes(self) -> list[str]:
        return [DEAL_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData | None:
        cards = [self._cards[i.row()] for i in indexes if i.isValid()]
        return encode_deal(cards[0]) if cards else None

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        found = decode_deal(data)
        return found is not None and found[1] != self.stage.id

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        # The board moves the deal (one service call, maybe after asking a reason) and
        # updates both columns itself; the model never takes rows in by itself.
        return False
