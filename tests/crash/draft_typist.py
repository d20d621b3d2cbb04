"""The child of the draft kill test: a real Calls view, a user typing, until killed.

python tests/crash/draft_typist.py type DB FORM CALL_ID LOG
    open the Calls view on DB, open the call's debrief (FORM "debrief") or a new
    call's plan (FORM "plan"), and type TEXT one character every 40 ms. After each
    character one line "MONOTONIC_NS<TAB>LENGTH" goes to LOG (flushed), so the
    parent knows what had been typed when it sent SIGKILL.
python tests/crash/draft_typist.py show DB FORM CALL_ID
    the next start: open the same form and print, as JSON, what it shows and
    whether the "restored" banner is up.
"""

from __future__ import annotations

import json
import os
import sys
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TEXT = (
    "Rapport with the operations director was good; she wants the trial on line 3. "
    "Persian note: خط سه آماده است ۱۴۰۳ — and an emoji 👍. " * 4
)
INTERVAL_MS = 40


def _view(db_path: str):
    from PySide6.QtWidgets import QApplication

    from salesdesk.bootstrap import open_context
    from salesdesk.core.workspace import current_profile
    from salesdesk.ui.app import make_application
    from salesdesk.ui.changes import ChangeNotifier
    from salesdesk.ui.state import AppState
    from salesdesk.ui.views.calls import CallsView

    app = QApplication.instance() or make_application([])
    ctx = open_context(Path(db_path))
    state = AppState(ctx=ctx, notifier=ChangeNotifier(ctx.db), profile=current_profile(ctx.db))
    view = CallsView(state)
    view.resize(1200, 800)
    view.show()
    return app, view


def _target(view, form: str, call_id: str):
    from salesdesk.ui.calls.editor import DEBRIEF

    if form == "debrief":
        view.open_call(uuid.UUID(call_id), DEBRIEF)
        return view.editor.debrief.went_well
    view.new_call(uuid.UUID(call_id))  # for "plan", CALL_ID is the account
    return view.editor.plan.objective


def type_until_killed(db_path: str, form: str, call_id: str, log_path: str) -> None:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest

    app, view = _view(db_path)
    box = _target(view, form, call_id)
    box.setFocus()
    log = open(log_path, "w", buffering=1)  # noqa: SIM115 - open until the process dies
    typed = 0

    def tick() -> None:
        nonlocal typed
        if typed >= len(TEXT):
            return
        char = TEXT[typed]
        if char == "\n":
            QTest.keyClick(box, Qt.Key.Key_Return)
        else:
            box.insertPlainText(char)  # one edit, as a keystroke makes
        typed += 1
        log.write(f"{time.monotonic_ns()}\t{typed}\n")
        log.flush()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(INTERVAL_MS)
    app.exec()


def show(db_path: str, form: str, call_id: str) -> None:
    app, view = _view(db_path)
    box = _target(view, form, call_id)
    app.processEvents()
    print(
        json.dumps(
            {
                "text": box.toPlainText(),
                "banner": view.editor.banner.isVisible(),
                "resume": view.resume.isVisible(),
            }
        ),
        flush=True,
    )
    view.close()
    os._exit(0)  # skip teardown: this process only reports


if __name__ == "__main__":
    if sys.argv[1] == "type":
        type_until_killed(*sys.argv[2:6])
    else:
        show(*sys.argv[2:5])
