"""Message boxes and a few one-line actions shared by several windows.

Message text is set as plain text: it often carries file names and error text, and a
QMessageBox would otherwise render anything that looks like HTML.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import APP_NAME
from ..core.errors import SalesDeskError

_PLACEHOLDER = re.compile(r"%(\d)")


def arg(template: str, *values: object) -> str:
    """Fill %1, %2... in one pass, like QString.arg: a value containing "%2" stays as is."""
    return _PLACEHOLDER.sub(
        lambda m: (
            str(values[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(values) else m.group(0)
        ),
        template,
    )


def error_text(exc: BaseException) -> str:
    """What to tell the user about `exc`, in their language where core marked the text."""
    if isinstance(exc, SalesDeskError):
        text = QCoreApplication.translate("Errors", exc.template)
        return text.format(**exc.params) if exc.params else text
    return str(exc)


def show_message(
    parent: QWidget | None, text: str, icon=QMessageBox.Icon.Information, title: str = APP_NAME
) -> None:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def warn(parent: QWidget | None, text: str) -> None:
    show_message(parent, text, QMessageBox.Icon.Warning)


def critical(parent: QWidget | None, text: str) -> None:
    show_message(parent, text, QMessageBox.Icon.Critical)


def back_up_now(parent: QWidget, ctx) -> None:
    """Write a verified backup off the GUI thread (seconds on a large file), then say where."""
    from ..core.backup import rolling_backup
    from .worker import Job

    job = Job(
        lambda _progress, _cancelled: rolling_backup(
            ctx.db_path, ctx.backup_dir, "manual", key=ctx.db.key
        ),
        parent,
    )
    # Literal QCoreApplication.translate calls: lupdate does not follow an alias.
    written = QCoreApplication.translate("Backup", "Backup written and verified:\n%1")
    failed = QCoreApplication.translate("Backup", "Backup failed: %1")
    job.succeeded.connect(lambda dest: show_message(parent, arg(written, dest)))
    job.failed.connect(lambda error: warn(parent, arg(failed, error)))
    job.start()
