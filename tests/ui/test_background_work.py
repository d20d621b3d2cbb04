"""Work on a worker thread: its committed writes reach views as change notices."""

from PySide6.QtCore import QCoreApplication, QThread

from salesdesk.core.models import Territory
from salesdesk.ui.changes import ChangeNotifier
from salesdesk.ui.worker import Job


def test_a_write_on_a_worker_thread_is_announced_on_the_gui_thread(qtbot, db, qapp):
    notifier = ChangeNotifier(db)
    received = []
    notifier.changed.connect(
        lambda tables: received.append(
            (tables, QThread.currentThread() == QCoreApplication.instance().thread())
        )
    )

    def work(_progress, _cancelled):
        with db.write() as s:
            s.add(Territory(name="Cheshire"))
        return "done"

    job = Job(work)
    with qtbot.waitSignal(job.succeeded, timeout=5000) as result:
        job.start()
    assert result.args == ["done"]
    qtbot.waitUntil(lambda: bool(received), timeout=2000)
    assert received == [(frozenset({"territories"}), True)]


def test_a_failing_job_reports_a_readable_error(qtbot, qapp):
    def work(_progress, _cancelled):
        raise ValueError("The CSV file has no header row.")

    job = Job(work)
    with qtbot.waitSignal(job.failed, timeout=5000) as result:
        job.start()
    assert result.args == ["The CSV file has no header row."]
