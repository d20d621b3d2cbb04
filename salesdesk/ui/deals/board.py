"""The pipeline board: one column per stage (open stages, then won and lost), deals as
cards; drag a card to another column, or use its "Move to" menu, to move the deal.

Loading reads every card in one query on the thread pool (5,000 open deals take a few
hundred milliseconds) and replaces each column's cards in one model reset. A move is
one service call; then only the two columns it touches change, and the change notice
the move itself caused does not reload the board.
"""

from __future__ import annotations

import uuid
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.deals.board import Board, BoardQuery, board, lost_reason_choices
from ...core.deals.moves import move_deal
from ...core.deals.stages import Stage
from ...core.domain import Role
from ...core.errors import SalesDeskError
from ..labels import money
from ..messages import arg, error_text, warn
from ..theme import ACCENT, colors, icon
from ..views.common import label
from ..worker import Job
from .board_column import StageColumn
from .card_delegate import CardDelegate
from .lost_reason_dialog import LostReasonDialog

# Tables whose change can alter a card (names, owners, stages, deals).
WATCHED = frozenset({"opportunities", "pipeline_stages", "accounts", "users", "stage_changes"})


def board_order(stages: list[Stage]) -> list[Stage]:
    """Open stages in pipeline order, then won, then lost."""
    return (
        [s for s in stages if s.is_open]
        + [s for s in stages if s.is_won]
        + [s for s in stages if s.is_lost]
    )


def warning_text(template: str, params: dict) -> str:
    text = QCoreApplication.translate("Errors", template)
    return text.format(**params) if params else text


class PipelineBoard(QWidget):
    status_changed = Signal(str)
    open_deal = Signal(object)  # deal id
    loaded = Signal()  # a (re)load is on screen
    edit_stages_requested = Signal()

    def __init__(self, app_state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = app_state
        self._db = app_state.ctx.db
        profile = app_state.profile
        self.delegate = CardDelegate(profile.currency if profile else "GBP", self)
        self.columns: list[StageColumn] = []
        self._stages_key: tuple = ()
        self._generation = 0
        self._jobs: set[Job] = set()
        self._moving = False
        self._dirty = False
        self.board: Board | None = None

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search deals or accounts"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search deals"))
        self.search.setMaximumWidth(320)
        self.scope = QComboBox()
        self.scope.setToolTip(self.tr("Whose deals"))
        self.scope.setAccessibleName(self.scope.toolTip())
        self.scope.addItem(self.tr("My deals"), "mine")
        self.scope.addItem(self.tr("Team"), "team")
        manager = app_state.role == Role.SALES_MANAGER
        self.scope.setCurrentIndex(1 if manager or app_state.user_id is None else 0)
        self.scope.setVisible(app_state.user_id is not None)
        self.refresh_button = QToolButton()
        self.refresh_button.setIcon(icon("mdi6.refresh"))
        self.refresh_button.setToolTip(self.tr("Refresh the board (F5)"))
        self.refresh_button.setAccessibleName(self.tr("Refresh"))
        self.refresh_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_button.clicked.connect(self.reload)
        self.summary = label("", "muted")
        self.edit_stages_button = QPushButton(icon("mdi6.tune-variant"), self.tr("Edit stages…"))
        self.edit_stages_button.setToolTip(self.tr("Stages, probabilities and lost reasons"))
        self.edit_stages_button.setVisible(manager)
        self.edit_stages_button.clicked.connect(self.edit_stages_requested)
        bar = QHBoxLayout()
        bar.setContentsMargins(16, 8, 16, 4)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.scope)
        bar.addWidget(self.refresh_button)
        bar.addSpacing(8)
        bar.addWidget(self.summary)
        bar.addStretch(1)
        bar.addWidget(self.edit_stages_button)

        self.message = label("", wrap=True)
        self.message.setContentsMargins(16, 0, 16, 0)
        self.message.hide()

        self.strip = QWidget()
        self.strip.setObjectName("board-strip")
        self.strip_layout = QHBoxLayout(self.strip)
        self.strip_layout.setContentsMargins(16, 4, 16, 12)
        self.strip_layout.setSpacing(10)
        self.strip_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.strip)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        lay.addLayout(bar)
        lay.addWidget(self.message)
        lay.addWidget(self.scroll, 1)
        self._apply_style()

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(250)
        self._typing.timeout.connect(self.reload)
        self.search.textChanged.connect(self._typing.start)
        self.scope.currentIndexChanged.connect(self.reload)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(150)
        self._later.timeout.connect(self.reload)
        app_state.notifier.changed.connect(self._on_changed)
        self.reload()

    def _apply_style(self) -> None:
        c = colors()
        self.setStyleSheet(
            f"""
            QWidget#board-strip {{ background: transparent; }}
            QFrame[role="column"] {{ background: {c["alt"]}; border: 1px solid {c["border"]};
                                     border-radius: 10px; }}
            QFrame[role="column"][dropping="true"] {{ border: 2px dashed {ACCENT}; }}
            QLabel[role="column-title"] {{ font-weight: 600; }}
            QFrame[role="column"] QListView {{ background: transparent; border: none; }}
            QFrame[role="column"] QScrollBar:vertical {{ background: transparent; width: 10px;
                                                        margin: 2px 2px 2px 0; }}
            QFrame[role="column"] QScrollBar::handle:vertical {{ background: {c["border"]};
                                                        border-radius: 4px; min-height: 32px; }}
            QFrame[role="column"] QScrollBar::handle:vertical:hover {{
                background: {c["muted"]}; }}
            QFrame[role="column"] QScrollBar::add-line:vertical,
            QFrame[role="column"] QScrollBar::sub-line:vertical {{ height: 0; }}
            QFrame[role="column"] QScrollBar::add-page:vertical,
            QFrame[role="column"] QScrollBar::sub-page:vertical {{ background: none; }}
            """
        )

    # --- loading ------------------------------------------------------------------
    def query(self) -> BoardQuery:
        me = self._state.user_id
        mine = me is not None and self.scope.currentData() == "mine"
        return BoardQuery(owner_ids=[me] if mine else None, text=self.search.text())

    @property
    def loading(self) -> bool:
        return bool(self._jobs)

    def reload(self) -> None:
        """Read the board again off the GUI thread; the newest request wins."""
        self._typing.stop()
        self._later.stop()
        self._dirty = False
        self._generation += 1
        generation, query, db = self._generation, self.query(), self._db
        job = Job(lambda _progress, _cancelled: board(db, query), self)
        self._jobs.add(job)
        job.succeeded.connect(lambda result: self._loaded(job, generation, result))
        job.failed.connect(lambda error: self._failed(job, generation, error))
        if not self.board:
            self.summary.setText(self.tr("Loading…"))
        job.start()

    def _loaded(self, job: Job, generation: int, result: Board) -> None:
        self._jobs.discard(job)
        if generation != self._generation:
            return
        self.show_board(result)

    def _failed(self, job: Job, generation: int, error: str) -> None:
        self._jobs.discard(job)
        if generation == self._generation:
            self.summary.setText("")
            self.show_message(arg(self.tr("The board could not be read: %1"), error), True)

    def show_board(self, result: Board) -> None:
        current = self._current_deal()
        stages = board_order(result.stages)
        key = tuple(stages)
        if key != self._stages_key:
            self._build_columns(stages)
            self._stages_key = key
        scrolls = [col.view.verticalScrollBar().value() for col in self.columns]
        for col in self.columns:
            col.model.set_cards(result.cards.get(col.stage.id, []))
            col.update_header()
        for col, value in zip(self.columns, scrolls, strict=True):
            col.view.verticalScrollBar().setValue(value)
        self.board = result
        if current is not None:
            self.select_deal(current, focus=False)
        self._update_summary()
        self.loaded.emit()

    def _build_columns(self, stages: list[Stage]) -> None:
        for col in self.columns:
            self.strip_layout.removeWidget(col)
            col.deleteLater()
        self.columns = []
        for position, stage in enumerate(stages):
            col = StageColumn(stage, self.delegate)
            view = col.view
            view.deal_dropped.connect(
                lambda deal_id, _from, target=stage.id: self.move_to(deal_id, target)
            )
            view.activated.connect(self._activated)
            view.menu_requested.connect(self._show_menu)
            view.step.connect(lambda delta, at=position: self._focus_column(at + delta))
            self.strip_layout.insertWidget(position, col)
            self.columns.append(col)

    def _update_summary(self) -> None:
        open_cols = [c for c in self.columns if c.stage.is_open]
        count = sum(c.model.rowCount() for c in open_cols)
        total = sum(c.model.total for c in open_cols)
        currency = self.delegate.currency
        self.summary.setText(
            arg(
                self.tr("%1 · %2 open", "open deal count · their total amount"),
                self.tr("%n open deal(s)", "", count),
                money(total, currency),
            )
        )

    # --- finding --------------------------------------------------------------------
    def column(self, stage_id: uuid.UUID) -> StageColumn | None:
        return next((c for c in self.columns if c.stage.id == stage_id), None)

    def column_of(self, deal_id: uuid.UUID) -> StageColumn | None:
        return next((c for c in self.columns if c.model.row_of(deal_id) >= 0), None)

    def select_deal(self, deal_id: uuid.UUID, focus: bool = True) -> bool:
        col = self.column_of(deal_id)
        if col is None or not col.select(deal_id):
            return False
        if focus:
            col.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll.ensureWidgetVisible(col, 0, 0)
        return True

    def _current_deal(self) -> uuid.UUID | None:
        for col in self.columns:
            if col.view.hasFocus() or col.view.selectionModel().hasSelection():
                card = col.model.card(col.view.currentIndex().row())
                if card is not None and col.view.selectionModel().hasSelection():
                    return card.id
        return None

    def _focus_column(self, position: int) -> None:
        if not 0 <= position < len(self.columns):
            return
        source = next((c for c in self.columns if c.view.hasFocus()), None)
        row = source.view.currentIndex().row() if source is not None else 0
        col = self.columns[position]
        col.view.setFocus(Qt.FocusReason.TabFocusReason)
        count = col.model.rowCount()
        if count:
            col.view.setCurrentIndex(col.model.index(min(max(row, 0), count - 1), 0))
        self.scroll.ensureWidgetVisible(col, 0, 0)

    # --- opening and the menu -----------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        card = index.model().card(index.row()) if index.isValid() else None
        if card is not None:
            self.open_deal.emit(card.id)

    def _show_menu(self, index: QModelIndex, where: QPoint) -> None:
        menu = self.card_menu(index)
        if menu is not None:
            menu.exec(where)
            menu.deleteLater()

    def card_menu(self, index: QModelIndex) -> QMenu | None:
        """The card's menu: open it, or move it to another stage (the keyboard's drag)."""
        card = index.model().card(index.row()) if index.isValid() else None
        if card is None:
            return None
        menu = QMenu(self)
        opened = menu.addAction(icon("mdi6.open-in-app"), self.tr("&Open deal"))
        opened.triggered.connect(lambda: self.open_deal.emit(card.id))
        moves = menu.addMenu(icon("mdi6.arrow-right-bold-box-outline"), self.tr("&Move to"))
        for col in self.columns:
            stage = col.stage
            if stage.is_won:
                name = "mdi6.trophy-outline"
            elif stage.is_lost:
                name = "mdi6.close-circle-outline"
            else:
                name = "mdi6.circle-outline"
            action = moves.addAction(icon(name), stage.name)
            action.setEnabled(stage.id != card.stage_id)
            action.triggered.connect(
                lambda _checked=False, target=stage.id: self.move_to(card.id, target)
            )
        return menu

    # --- moving -------------------------------------------------------------------
    def move_to(self, deal_id: uuid.UUID, stage_id: uuid.UUID) -> bool:
        """Move a deal on the board (a drop or the menu): ask a lost reason when the stage
        needs one, make the move, then change just the two columns."""
        source, target = self.column_of(deal_id), self.column(stage_id)
        if target is None or source is target:
            return False
        card = source.model.card(source.model.row_of(deal_id)) if source else None
        reason = None
        if target.stage.is_lost:
            dialog = LostReasonDialog(
                card.name if card else "", target.stage.name, lost_reason_choices(self._db), self
            )
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            reason = dialog.chosen
            dialog.deleteLater()
            if not accepted:
                self.show_message(self.tr("Not moved."), False)
                return False
        self._moving = True
        try:
            moved = move_deal(
                self._db, deal_id, stage_id, user_id=self._state.user_id, reason=reason
            )
        except SalesDeskError as exc:
            warn(self, error_text(exc))
            self.reload()
            return False
        finally:
            self._moving = False
        fresh = board(self._db, replace(self.query(), deal_ids=[deal_id]))
        if source is not None:
            source.model.take(deal_id)
            source.update_header()
        new_card = next(iter(fresh.cards.get(stage_id, [])), None)
        if new_card is not None:
            target.model.put(new_card)
            target.update_header()
            self.select_deal(deal_id)
        self._update_summary()
        name = card.name if card else ""
        notes = [warning_text(t, p) for t, p in moved.warnings]
        text = arg(self.tr("Moved %1 to %2."), name, moved.to_stage.name)
        self.show_message(" ".join([text, *notes]), bool(notes))
        if self._jobs:  # a reload read before the move: read again
            self.reload()
        return True

    def show_message(self, text: str, warning: bool) -> None:
        self.message.setProperty("role", "warning" if warning else "ok")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.status_changed.emit(text)

    # --- staying current ------------------------------------------------------------
    def _on_changed(self, tables: frozenset) -> None:
        if self._moving or not tables & WATCHED:
            return
        if self.isVisible():
            self._later.start()
        else:
            self._dirty = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.reload()
