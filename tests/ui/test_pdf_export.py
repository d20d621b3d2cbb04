"""PDF exports from the window: account plan and territory book, with a given path."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from salesdesk.ui.documents import export
from tests.pdfkit import add_account, add_plan, pdf_pages


def _written_box():
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "pdfWritten"]
    return boxes[-1] if boxes and boxes[-1].isVisible() else None


def test_account_plan_export_writes_the_file_and_offers_to_open_it(
    make_state, qtbot, tmp_path, monkeypatch
):
    state = make_state()
    account = add_account(state.ctx.db, "Widget Works")
    parent = QWidget()
    qtbot.addWidget(parent)
    asked = []
    out = tmp_path / "plan.pdf"

    def choose(_parent, suggested):
        asked.append(suggested)
        return str(out)

    opened = []
    monkeypatch.setattr(export.QDesktopServices, "openUrl", lambda url: opened.append(url))
    job = export.export_account_plan(parent, state, account, choose_path=choose)
    with qtbot.waitSignal(job.succeeded, timeout=30_000):
        pass
    assert asked[0].endswith("Widget Works - account plan.pdf")
    assert "Widget Works" in pdf_pages(out)[0]
    qtbot.waitUntil(lambda: _written_box() is not None)
    box = _written_box()
    assert str(out) in box.text()
    open_button = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
    )
    open_button.click()
    assert opened and opened[0].toLocalFile() == str(out)


def test_a_cancelled_file_dialog_exports_nothing(make_state, qtbot):
    state = make_state()
    account = add_account(state.ctx.db)
    assert export.export_account_plan(None, state, account, choose_path=lambda *_: None) is None


def test_an_unwritable_path_shows_a_readable_error(make_state, qtbot, tmp_path, monkeypatch):
    state = make_state()
    account = add_account(state.ctx.db)
    warned = []
    monkeypatch.setattr(export, "warn", lambda _parent, text: warned.append(text))
    bad = tmp_path / "no-such-folder" / "plan.pdf"
    job = export.export_account_plan(None, state, account, choose_path=lambda *_: str(bad))
    with qtbot.waitSignal(job.failed, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: bool(warned))
    assert "The PDF was not written" in warned[0] and str(bad) in warned[0]


def test_territory_book_export_shows_progress_and_writes_the_book(make_state, qtbot, tmp_path):
    state = make_state()
    for name in ("One Ltd", "Two Ltd"):
        add_plan(state.ctx.db, add_account(state.ctx.db, name))
    out = tmp_path / "book.pdf"
    job = export.export_territory_book(
        None, state, choose_path=lambda *_: str(out), choose_scope=lambda *_: (None, None)
    )
    dialog = job.progress_dialog
    assert dialog.isVisible()
    values = []
    job.progress.connect(lambda done, total: values.append((done, total)))
    with qtbot.waitSignal(job.succeeded, timeout=60_000):
        pass
    assert values and values[-1] == (4, 4)
    text = "\n".join(pdf_pages(out))
    assert "One Ltd" in text and "Two Ltd" in text
    qtbot.waitUntil(lambda: _written_box() is not None)
    _written_box().close()


def test_cancel_in_the_progress_dialog_stops_the_book_and_leaves_no_file(
    make_state, qtbot, tmp_path, monkeypatch
):
    state = make_state()
    for i in range(40):
        add_plan(state.ctx.db, add_account(state.ctx.db, f"Account {i:02}"))
    warned = []
    monkeypatch.setattr(export, "warn", lambda _parent, text: warned.append(text))
    folder = tmp_path / "out"
    folder.mkdir()
    job = export.export_territory_book(
        None,
        state,
        choose_path=lambda *_: str(folder / "book.pdf"),
        choose_scope=lambda *_: (None, None),
    )
    from PySide6.QtWidgets import QPushButton

    with qtbot.waitSignal(job.cancelled, timeout=60_000):
        job.progress_dialog.findChild(QPushButton).click()  # the dialog's Cancel
    assert list(folder.iterdir()) == []
    qtbot.waitUntil(lambda: bool(warned))
    assert "cancelled" in warned[0]


def test_the_file_menu_has_the_territory_book_action(make_state, qtbot, settings):
    from salesdesk.ui.main_window import MainWindow

    window = MainWindow(make_state(), settings)
    qtbot.addWidget(window)
    titles = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "Export &territory book…" in titles
