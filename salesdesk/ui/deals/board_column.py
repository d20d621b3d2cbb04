"""One stage's column on the board: a header (name, probability, count and total) over a
list of delegate-painted cards that takes drags in and gives them out."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QDrag, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QListView,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ...core.deals.stages import Stage
from ..labels import money
from ..messages import arg
from ..views.common import label
from .board_model import StageCardModel, decode_deal
from .card_delegate import CardDelegate

COLUMN_WIDTH = 272


class StageColumnView(QListView):
    """The cards of one stage. Drops are handed to the board after the drag has ended
    (a lost stage asks for a reason in a dialog, which must not open inside the drag)."""

    deal_dropped = Signal(object, object)  # deal id, stage it came from
    menu_requested = Signal(object, QPoint)  # QModelIndex, global position
    step = Signal(int)  # -1 / +1: the previous or next column (logical order)
    hovering = Signal(bool)  # a card is dragged over this column

    def __init__(self, model: StageCardModel, delegate: CardDelegate, parent=None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(delegate)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(24)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMouseTracking(True)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.viewport().setAutoFillBackground(False)

    def cards(self) -> StageCardModel:
        return self.model()  # type: ignore[return-value]

    # --- dragging out ---------------------------------------------------------------
    def startDrag(self, supported: Qt.DropAction) -> None:
        index = self.currentIndex()
        mime = self.cards().mimeData([index]) if index.isValid() else None
        if mime is None:
            return
        drag = QDrag(self)
        drag.setMimeData(mime)
        rect = self.visualRect(index)
        drag.setPixmap(self._card_pixmap(index, rect))
        drag.setHotSpot(self.viewport().mapFromGlobal(self.cursor().pos()) - rect.topLeft())
        drag.exec(Qt.DropAction.MoveAction, Qt.DropAction.MoveAction)

    def _card_pixmap(self, index, rect: QRect) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pix = QPixmap(rect.size() * ratio)
        pix.setDevicePixelRatio(ratio)
        pix.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pix)
        painter.setOpacity(0.92)
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = QRect(QPoint(0, 0), rect.size())
        self.itemDelegate().paint(painter, option, index)
        painter.end()
        return pix

    # --- dropping in ----------------------------------------------------------------
    def _accepts(self, event) -> bool:
        found = decode_deal(event.mimeData())
        return found is not None and found[1] != self.cards().stage.id

    def dragEnterEvent(self, event) -> None:
        if self._accepts(event):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            self.hovering.emit(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if self._accepts(event):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:
        self.hovering.emit(False)
        event.accept()

    def dropEvent(self, event) -> None:
        self.hovering.emit(False)
        found = decode_deal(event.mimeData())
        if found is None or found[1] == self.cards().stage.id:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        deal_id, from_stage = found
        QTimer.singleShot(0, lambda: self.deal_dropped.emit(deal_id, from_stage))

    # --- keyboard -------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        key, mods = event.key(), event.modifiers()
        sideways = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}
        if key in sideways and mods == Qt.KeyboardModifier.NoModifier:
            delta = sideways[key]
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                delta = -delta
            self.step.emit(delta)
            return
        if key == Qt.Key.Key_F10 and mods == Qt.KeyboardModifier.ShiftModifier:
            self._menu_at_current()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event) -> None:
        if event.reason() == event.Reason.Keyboard:
            self._menu_at_current()
            return
        index = self.indexAt(event.pos())
        if index.isValid():
            self.setCurrentIndex(index)
            self.menu_requested.emit(index, event.globalPos())

    def _menu_at_current(self) -> None:
        index = self.currentIndex()
        if index.isValid():
            rect = self.visualRect(index)
            self.menu_requested.emit(index, self.viewport().mapToGlobal(rect.center()))


class StageColumn(QFrame):
    """Header and cards of one stage."""

    def __init__(self, stage: Stage, delegate: CardDelegate, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "column")
        self.setFixedWidth(COLUMN_WIDTH)
        self.currency = delegate.currency
        self.model = StageCardModel(stage, self)
        self.view = StageColumnView(self.model, delegate, self)
        self.view.hovering.connect(self._set_hovering)
        self.view.setAccessibleName(stage.name)

        self.name = label(stage.name, "column-title")
        self.probability = label("", "muted")
        self.summary = label("", "muted")
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.name, 1)
        top.addWidget(self.probability)
        header = QVBoxLayout()
        header.setContentsMargins(12, 10, 12, 6)
        header.setSpacing(2)
        header.addLayout(top)
        header.addWidget(self.summary)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 4)
        lay.setSpacing(0)
        lay.addLayout(header)
        lay.addWidget(self.view, 1)
        self.set_stage(stage)

    @property
    def stage(self) -> Stage:
        return self.model.stage

    def set_stage(self, stage: Stage) -> None:
        self.model.stage = stage
        self.name.setText(stage.name)
        self.view.setAccessibleName(stage.name)
        if stage.is_won:
            kind = self.tr("Won")
        elif stage.is_lost:
            kind = self.tr("Lost")
        else:
            kind = arg(self.tr("%1%"), f"{stage.probability:g}")
        self.probability.setText(kind)
        tip = self.tr("Stalled after %n days in the stage", "", stage.stall_days or 0)
        self.probability.setToolTip(tip if stage.stall_days else "")
        self.update_header()

    def update_header(self) -> None:
        count = self.model.rowCount()
        self.summary.setText(
            arg(
                self.tr("%1 · %2", "deal count · total amount"),
                self.tr("%n deal(s)", "", count),
                money(self.model.total, self.currency),
            )
        )

    def select(self, deal_id: uuid.UUID) -> bool:
        row = self.model.row_of(deal_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def _set_hovering(self, on: bool) -> None:
        self.setProperty("dropping", on)
        self.style().unpolish(self)
        self.style().polish(self)
