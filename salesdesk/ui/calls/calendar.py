"""Calls to and from a calendar: export planned calls to an .ics file, import meetings.

Both run off the GUI thread (a year of meetings is a few thousand events) and report
in a message: how many, and each skipped event with its reason.
"""

from __future__ import annotations

from datetime import UTC, datetime, time

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QFileDialog, QWidget

from ...core.calls.ics import export_ics, import_ics
from ...core.calls.listing import CallQuery
from ...core.domain import CallStage, CallType
from ..labels import call_type_title
from ..messages import arg, show_message, warn
from ..worker import Job


def _translated(note) -> str:
    text = QCoreApplication.translate(note.context, note.template)
    return text.format(**note.params) if note.params else text


def _words() -> dict[str, str]:
    return {
        CallType.VISIT: call_type_title(CallType.VISIT),
        CallType.PHONE: call_type_title(CallType.PHONE),
        CallType.VIDEO: call_type_title(CallType.VIDEO),
        "objective": QCoreApplication.translate("Calendar", "Objective"),
        "questions": QCoreApplication.translate("Calendar", "Questions to ask"),
        "materials": QCoreApplication.translate("Calendar", "Materials"),
    }


def export_planned(parent: QWidget, state, jobs: list) -> None:
    """Ask where, then write the user's planned calls from today on."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Calendar", "Export planned calls"),
        "salesdesk-calls.ics",
        QCoreApplication.translate("Calendar", "Calendar files (*.ics)"),
    )
    if not path:
        return
    today = QDate.currentDate().toPython()
    start = datetime.combine(today, time.min).astimezone(UTC).replace(tzinfo=None)
    query = CallQuery(
        date_from=start,
        stage=CallStage.PLANNED,
        owner_id=state.user_id,
    )
    words = _words()
    job = Job(lambda _p, _c: export_ics(state.ctx.db, path, query, words=words), parent)
    done = QCoreApplication.translate("Calendar", "%1 planned call(s) written to %2.")
    failed = QCoreApplication.translate("Calendar", "The calendar file was not written: %1")
    job.succeeded.connect(lambda n: show_message(parent, arg(done, n, path)))
    job.failed.connect(lambda error: warn(parent, arg(failed, error)))
    _keep(jobs, job).start()


def import_meetings(parent: QWidget, state, jobs: list) -> None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Calendar", "Import meetings as planned calls"),
        "",
        QCoreApplication.translate("Calendar", "Calendar files (*.ics);;All files (*)"),
    )
    if not path:
        return
    user = state.user_id
    job = Job(lambda _p, _c: import_ics(state.ctx.db, user, path), parent)
    failed = QCoreApplication.translate("Calendar", "Nothing was imported: %1")
    job.succeeded.connect(lambda report: show_message(parent, report_text(report)))
    job.failed.connect(lambda error: warn(parent, arg(failed, error)))
    _keep(jobs, job).start()


def report_text(report) -> str:
    lines = [
        arg(
            QCoreApplication.translate(
                "Calendar", "%1 created, %2 updated, %3 unchanged, %4 cancelled, %5 skipped."
            ),
            len(report.created),
            len(report.updated),
            len(report.unchanged),
            len(report.cancelled),
            len(report.skipped),
        )
    ]
    for title, issues in (
        (QCoreApplication.translate("Calendar", "Skipped:"), report.skipped),
        (QCoreApplication.translate("Calendar", "Left as they are:"), report.kept),
    ):
        if issues:
            lines.append(title)
            for issue in issues[:30]:
                what = issue.summary or issue.uid or ""
                lines.append(f"  {issue.index}. {what}: {_translated(issue.reason)}")
            if len(issues) > 30:
                lines.append(
                    arg(
                        QCoreApplication.translate("Calendar", "  … and %1 more."), len(issues) - 30
                    )
                )
    return "\n".join(lines)


def _keep(jobs: list, job: Job) -> Job:
    """Hold a reference until the job ends (a Job is a QObject parented to the view)."""
    jobs.append(job)
    for signal in (job.succeeded, job.failed, job.cancelled):
        signal.connect(lambda *_a, j=job: jobs.remove(j) if j in jobs else None)
    return job
