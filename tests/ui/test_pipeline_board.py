"""The pipeline board (issue 7) on demo data: counts and totals per stage, a card dragged
to another column (drag events carrying the model's own drag data), the lost reason asked
on a drop, stalled and overdue cards, the "Move to" menu, the stage editor moving the
deals of a removed stage, and who sees "Edit stages…"."""

from __future__ import annotations

import shutil
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import func, select

from salesdesk.bootstrap import open_context
from salesdesk.core.deals.board import CLOSED_DAYS
from salesdesk.core.demo import generate
from salesdesk.core.domain import Process, Role
from salesdesk.core.models import Opportunity, PipelineStage, StageChange, utcnow
from salesdesk.core.workspace import ProfileInput, current_profile, save_profile
from salesdesk.ui.deals.board import PipelineBoard
from salesdesk.ui.deals.board_model import StageCardModel, decode_deal
from salesdesk.ui.deals.lost_reason_dialog import LostReasonDialog
from salesdesk.ui.deals.stage_editor import MoveDealsDialog, StageEditorDialog
from salesdesk.ui.views import create_view
from salesdesk.ui.views.deals import DealsView


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    """A 200-account demo territory (about 60 open deals) with a sales manager's profile."""
    path = tmp_path_factory.mktemp("board") / "demo.sqlite3"
    ctx = open_context(path)
    try:
        me = save_profile(ctx.db, ProfileInput(name="Morgan Hale", role=Role.SALES_MANAGER))
        generate(ctx.db, accounts=200, seed=11, today=date.today(), me=me.id)
    finally:
        ctx.close()
    return path


@pytest.fixture
def db_path(tmp_path, demo_file) -> Path:
    path = tmp_path / "salesdesk.sqlite3"
    shutil.copy(demo_file, path)
    return path


@pytest.fixture
def open_board(qtbot, make_state, db):
    def build(role: Role | None = None) -> PipelineBoard:
        board = PipelineBoard(make_state(current_profile(db), role))
        qtbot.addWidget(board)
        board.resize(1280, 760)
        board.show()
        qtbot.waitUntil(lambda: board.board is not None and not board.loading, timeout=10_000)
        return board

    return build


def _stage(db, name: str) -> PipelineStage:
    with db.read() as s:
        return s.scalars(select(PipelineStage).where(PipelineStage.name == name)).one()


def _deal(db, deal_id) -> Opportunity:
    with db.read() as s:
        return s.get(Opportunity, deal_id)


def _changes(db, deal_id) -> list[StageChange]:
    with db.read() as s:
        return list(
            s.scalars(
                select(StageChange)
                .where(StageChange.opportunity_id == deal_id)
                .order_by(StageChange.changed_at)
            )
        )


def _answer_dialog(qtbot, kind, handle) -> list:
    """Deal with the modal dialog the next action opens (exec() blocks the test)."""
    seen = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            seen.append(dialog)
            handle(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def _drag(qtbot, board: PipelineBoard, source_col: int, target_col: int) -> tuple:
    """Drag the first card of one column onto another with real drag events.

    Offscreen, QTest mouse events do not drive QDrag's platform loop, so the drag is the
    sequence the platform would send to the target: enter, move and drop events carrying
    the QMimeData that the source model's mimeData() made for the card."""
    source, target = board.columns[source_col], board.columns[target_col]
    index = source.model.index(0, 0)
    card = source.model.card(0)
    mime: QMimeData = source.model.mimeData([index])
    assert decode_deal(mime) == (card.id, source.stage.id)
    viewport = target.view.viewport()
    at = viewport.rect().center()  # enter and move take a QPoint, a drop a QPointF
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(at, Qt.DropAction.MoveAction, mime, buttons, mods)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    assert target.property("dropping") is True  # the column shows it takes the card
    move = QDragMoveEvent(at, Qt.DropAction.MoveAction, mime, buttons, mods)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    drop = QDropEvent(QPointF(at), Qt.DropAction.MoveAction, mime, buttons, mods)
    QApplication.sendEvent(viewport, drop)
    assert drop.isAccepted()
    return card, source, target


def test_deals_process_opens_the_deals_view(qtbot, make_state, db):
    view = create_view(Process.DEALS, make_state(current_profile(db)))
    qtbot.addWidget(view)
    assert isinstance(view, DealsView)
    titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert titles == ["Board", "Dashboard", "What works", "Openings"]


def test_card_model_passes_qt_model_tester(qtmodeltester, open_board):
    board = open_board()
    model = board.columns[0].model
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_board_shows_count_and_total_per_stage(open_board, db):
    board = open_board()
    since = utcnow() - timedelta(days=CLOSED_DAYS)
    with db.read() as s:
        stages = s.scalars(select(PipelineStage).where(PipelineStage.deleted_at.is_(None))).all()
        expected = {}
        for st in stages:
            q = select(func.count(), func.coalesce(func.sum(Opportunity.amount), 0.0)).where(
                Opportunity.stage_id == st.id, Opportunity.deleted_at.is_(None)
            )
            if st.is_won or st.is_lost:
                q = q.where(Opportunity.closed_at >= since)
            expected[st.id] = tuple(s.execute(q).one())
    kinds = [
        ("open" if c.stage.is_open else "won" if c.stage.is_won else "lost") for c in board.columns
    ]
    assert kinds == sorted(kinds, key=["open", "won", "lost"].index)  # open, then won, lost
    assert {c.stage.id for c in board.columns} == set(expected)
    for col in board.columns:
        count, total = expected[col.stage.id]
        assert col.model.rowCount() == count
        assert col.model.total == pytest.approx(total)
        assert str(count) in col.summary.text()
    assert sum(expected[c.stage.id][0] for c in board.columns if c.stage.is_open) > 20


def test_dragging_a_card_moves_the_deal_and_records_it(qtbot, open_board, db):
    board = open_board()
    before = [c.model.rowCount() for c in board.columns]
    reloads = []
    board.loaded.connect(lambda: reloads.append(1))
    card, source, target = _drag(qtbot, board, 0, 1)
    qtbot.waitUntil(lambda: target.model.row_of(card.id) >= 0)
    assert source.model.row_of(card.id) < 0
    after = [c.model.rowCount() for c in board.columns]
    assert after[0] == before[0] - 1 and after[1] == before[1] + 1
    assert after[2:] == before[2:]
    deal = _deal(db, card.id)
    assert deal.stage_id == target.stage.id
    last = _changes(db, card.id)[-1]
    assert (last.from_stage_id, last.to_stage_id) == (source.stage.id, target.stage.id)
    assert last.changed_by_id == board._state.user_id
    moved = target.model.card(target.model.row_of(card.id))
    assert moved.days_in_stage == 0 and not moved.stalled
    assert "Moved" in board.message.text()
    qtbot.wait(300)  # the move's own change notice must not reload the board
    assert reloads == [] and not board.loading


def test_dropping_on_the_lost_column_asks_the_reason(qtbot, open_board, db):
    board = open_board()
    lost = next(i for i, c in enumerate(board.columns) if c.stage.is_lost)

    def answer(dialog: LostReasonDialog) -> None:
        assert dialog.reason.count() > 1
        dialog.reason.setCurrentText("competitor")
        dialog.ok_button.click()

    seen = _answer_dialog(qtbot, LostReasonDialog, answer)
    card, _source, target = _drag(qtbot, board, 0, lost)
    qtbot.waitUntil(lambda: target.model.row_of(card.id) >= 0)
    assert seen
    deal = _deal(db, card.id)
    assert deal.stage_id == target.stage.id
    assert deal.lost_reason == "competitor" and deal.closed_at is not None
    assert _changes(db, card.id)[-1].reason == "competitor"


def test_cancelling_the_lost_reason_leaves_the_deal(qtbot, open_board, db):
    board = open_board()
    lost = next(i for i, c in enumerate(board.columns) if c.stage.is_lost)
    first = board.columns[1].model.card(0)
    history = len(_changes(db, first.id))
    seen = _answer_dialog(qtbot, LostReasonDialog, lambda d: d.reject())
    card, source, target = _drag(qtbot, board, 1, lost)
    qtbot.waitUntil(lambda: bool(seen) and board.message.text() == "Not moved.")
    assert source.model.row_of(card.id) >= 0 and target.model.row_of(card.id) < 0
    assert _deal(db, card.id).stage_id == source.stage.id
    assert len(_changes(db, card.id)) == history


def test_move_to_menu_is_the_keyboard_way_to_move(qtbot, open_board, db):
    board = open_board()
    source, target = board.columns[0], board.columns[2]
    card = source.model.card(0)
    menu = board.card_menu(source.model.index(0, 0))
    moves = next(a.menu() for a in menu.actions() if a.menu() is not None)
    names = [a.text() for a in moves.actions()]
    assert names == [c.stage.name for c in board.columns]
    current = next(a for a in moves.actions() if a.text() == source.stage.name)
    assert not current.isEnabled()
    next(a for a in moves.actions() if a.text() == target.stage.name).trigger()
    assert target.model.row_of(card.id) >= 0
    assert _deal(db, card.id).stage_id == target.stage.id


def test_past_close_date_warns_after_a_move(qtbot, open_board, db):
    board = open_board()
    card = board.columns[0].model.card(0)
    with db.write() as s:
        s.get(Opportunity, card.id).close_date = date.today() - timedelta(days=3)
    qtbot.waitUntil(lambda: board.columns[0].model.card(0).overdue)  # reloaded by the notice
    board.move_to(card.id, board.columns[1].stage.id)
    assert board.message.property("role") == "warning"
    assert "has passed" in board.message.text()


def test_stalled_and_overdue_cards_are_marked(qtbot, open_board, db):
    board = open_board()
    col = board.columns[0]
    stall = col.stage.stall_days or 30
    card = col.model.card(0)
    with db.write() as s:
        deal = s.get(Opportunity, card.id)
        deal.stage_entered_at = utcnow() - timedelta(days=stall + 5)
        deal.close_date = date.today() - timedelta(days=1)
        fresh = s.get(Opportunity, col.model.card(1).id)
        fresh.stage_entered_at = utcnow()
        fresh.close_date = date.today() + timedelta(days=20)
    fresh_id = col.model.card(1).id

    def marked() -> bool:
        row = col.model.row_of(card.id)
        return row >= 0 and col.model.card(row).overdue

    qtbot.waitUntil(marked)
    old = col.model.card(col.model.row_of(card.id))
    new = col.model.card(col.model.row_of(fresh_id))
    assert old.stalled and old.overdue and old.days_in_stage >= stall + 5
    assert not new.stalled and not new.overdue
    assert board.delegate.days_text(old, col.stage).startswith("Stalled")
    assert "in stage" in board.delegate.days_text(new, col.stage)
    assert not col.view.grab().isNull()  # the delegate paints both


def test_search_filters_the_cards(qtbot, open_board):
    board = open_board()
    card = board.columns[0].model.card(0)
    board.search.setText(card.account)
    qtbot.waitUntil(lambda: board.columns[0].model.rowCount() < 10 and not board.loading)
    found = [c.model.card(r) for c in board.columns for r in range(c.model.rowCount())]
    assert card.id in {c.id for c in found}
    assert all(card.account.casefold() in (c.account + " " + c.name).casefold() for c in found)


def test_a_rep_sees_own_deals_and_no_edit_stages(qtbot, open_board, db):
    rep = open_board(Role.FIELD_REP)
    assert rep.edit_stages_button.isHidden()
    assert rep.scope.currentData() == "mine"
    me = rep._state.user_id
    owners = {c.model.card(r).owner_id for c in rep.columns for r in range(c.model.rowCount())}
    assert owners <= {me}
    manager = open_board(Role.SALES_MANAGER)
    assert not manager.edit_stages_button.isHidden()
    assert manager.scope.currentData() == "team"


def test_stage_editor_asks_where_deals_go_then_moves_them(qtbot, make_state, db):
    state = make_state(current_profile(db), Role.SALES_MANAGER)
    editor = StageEditorDialog(state)
    qtbot.addWidget(editor)
    row = next(i for i, r in enumerate(editor.rows) if r.name == "Needs analysis")
    gone = editor.rows[row]
    assert gone.deals > 0
    with db.read() as s:
        deal_ids = set(s.scalars(select(Opportunity.id).where(Opportunity.stage_id == gone.id)))

    started = utcnow()
    # Cancelling the question keeps the stage.
    _answer_dialog(qtbot, MoveDealsDialog, lambda d: d.reject())
    editor.table.selectRow(row)
    assert editor.remove_selected() is False
    assert gone in editor.rows

    target = next(r for r in editor.rows if r.name == "Proposal")

    def choose(dialog: MoveDealsDialog) -> None:
        dialog.target.setCurrentIndex(dialog.target.findData(target.id))
        dialog.accept()

    _answer_dialog(qtbot, MoveDealsDialog, choose)
    editor.table.selectRow(row)
    assert editor.remove_selected() is True
    assert gone not in editor.rows and editor.move_to == {gone.id: target.id}
    assert "Needs analysis" in editor.moves_note.text()
    assert editor.save() is True
    with db.read() as s:
        assert s.get(PipelineStage, gone.id).deleted_at is not None
        moved = set(s.scalars(select(Opportunity.id).where(Opportunity.id.in_(deal_ids))))
        stages = {s.get(Opportunity, i).stage_id for i in moved}
        assert stages == {target.id}
        recorded = s.scalar(
            select(func.count()).where(
                StageChange.from_stage_id == gone.id,
                StageChange.to_stage_id == target.id,
                StageChange.changed_at >= started,
            )
        )
    assert recorded == len(deal_ids)


def test_stage_editor_refuses_a_removal_core_finds_without_target(qtbot, make_state, db):
    """Core's own guard: deals left with nowhere to go are refused, shown, then asked."""
    state = make_state(current_profile(db), Role.SALES_MANAGER)
    editor = StageEditorDialog(state)
    qtbot.addWidget(editor)
    gone = next(r for r in editor.rows if r.name == "Qualification")
    editor.rows.remove(gone)  # as if removed without asking
    editor._removed[gone.id] = gone
    editor._rebuild()
    _answer_dialog(qtbot, MoveDealsDialog, lambda d: d.reject())
    assert editor.save() is False
    assert editor.error.isVisibleTo(editor)
    assert "Qualification" in editor.error.text() and "choose the stage" in editor.error.text()
    assert _stage(db, "Qualification").deleted_at is None

    _answer_dialog(qtbot, MoveDealsDialog, lambda d: d.accept())
    assert editor.save() is False  # asked again
    assert gone.id in editor.move_to
    assert editor.save() is True
    assert _stage(db, "Qualification").deleted_at is not None


def test_stage_editor_shows_core_errors_inline(qtbot, make_state, db):
    editor = StageEditorDialog(make_state(current_profile(db), Role.SALES_MANAGER))
    qtbot.addWidget(editor)
    for row in editor.rows:
        if row.kind == "won":
            row.kind = "open"
    assert editor.save() is False
    assert "won stage" in editor.error.text()
    assert editor.result() != QDialog.DialogCode.Accepted


def test_stage_editor_saves_lost_reasons(qtbot, make_state, db):
    editor = StageEditorDialog(make_state(current_profile(db), Role.SALES_MANAGER))
    qtbot.addWidget(editor)
    editor.add_reason()
    lost = editor.reasons.list
    lost.closePersistentEditor(lost.currentItem())
    lost.currentItem().setText("Went quiet")
    editor.tactics.add()
    tactics = editor.tactics.list
    tactics.closePersistentEditor(tactics.currentItem())
    tactics.currentItem().setText("Factory tour")
    assert editor.save() is True
    from salesdesk.core.deals.board import lost_reason_choices
    from salesdesk.core.deals.touches import tactic_list

    assert "Went quiet" in lost_reason_choices(db)
    assert tactic_list(db)[-1] == "Factory tour"


def test_stage_editor_keeps_an_emptied_tactic_list_open_with_the_message(qtbot, make_state, db):
    editor = StageEditorDialog(make_state(current_profile(db), Role.SALES_MANAGER))
    qtbot.addWidget(editor)
    editor.tactics.list.clear()
    assert editor.save() is False
    assert editor.tabs.currentWidget() is editor.tactics
    assert not editor.tactics.error.isHidden()
    from salesdesk.core.deals.touches import DEFAULT_TACTICS, tactic_list

    assert tactic_list(db) == list(DEFAULT_TACTICS)


def test_missing_tab_module_shows_a_note(qtbot, make_state, db, monkeypatch):
    monkeypatch.setitem(sys.modules, "salesdesk.ui.deals.openings", None)  # ImportError
    view = DealsView(make_state(current_profile(db)))
    qtbot.addWidget(view)
    view.tabs.setCurrentIndex(3)
    holder = view.tabs.widget(3)
    note = holder.layout().itemAt(0).widget()
    assert "not available" in note.text()


def test_open_deal_shows_the_side_panel(qtbot, make_state, db, monkeypatch):
    monkeypatch.setitem(sys.modules, "salesdesk.ui.deals.deal_panel", None)
    view = DealsView(make_state(current_profile(db)))
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    board = view.board
    qtbot.waitUntil(lambda: board.board is not None and not board.loading)
    index = board.columns[0].model.index(0, 0)
    board.columns[0].view.activated.emit(index)
    assert view.side.isVisible()
    assert "not available" in view.deal_panel.text()
    view.close_deal()
    assert not view.side.isVisible()


def test_stage_card_model_takes_and_puts_in_board_order(qtbot, open_board):
    board = open_board()
    model: StageCardModel = board.columns[0].model
    cards = [model.card(r) for r in range(model.rowCount())]
    middle = cards[len(cards) // 2]
    model.take(middle.id)
    assert model.row_of(middle.id) == -1
    assert model.put(middle) == len(cards) // 2 or model.card(len(cards) // 2).amount == (
        middle.amount
    )
    assert [model.card(r) for r in range(model.rowCount())] == cards
