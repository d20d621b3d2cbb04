"""The email dialog: choose a template and a contact, see the email as it will go out
(refreshed while the template is edited, an error shown with its line), then open it in
the mail app (`mailto:`) or save it as an .eml file; either one logs an email touch.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.automation.email import (
    TemplateInput,
    log_email,
    mailto_url,
    recipients,
    save_template,
    template_list,
    write_eml,
)
from ...core.automation.merge import merge_context
from ...core.automation.sandbox import Rendered, TemplateError, empty_fields, render
from ...core.errors import SalesDeskError
from ..calls.widgets import ErrorLabel
from ..messages import arg, error_text
from ..theme import icon
from ..views.common import Card, label

PREVIEW_DELAY_MS = 250


def _choose_eml_path(parent: QWidget, suggested: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(
        parent, parent.tr("Save email"), suggested, parent.tr("Email files (*.eml)")
    )
    return path or None


class EmailDialog(QDialog):
    """`open_url` and `choose_path` default to the desktop's mail app and a file dialog;
    tests pass their own."""

    sent = Signal(object)  # the touch id, after the email was opened or saved and logged

    def __init__(
        self,
        app_state,
        contact_id: uuid.UUID | None = None,
        deal_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
        choose_path: Callable[[QWidget, str], str | None] = _choose_eml_path,
    ) -> None:
        super().__init__(parent)
        self._state = app_state
        self._db = app_state.ctx.db
        self._deal_id = deal_id
        self._open_url = open_url
        self._choose_path = choose_path
        self._context: dict | None = None
        self._email: Rendered | None = None
        self.setWindowTitle(self.tr("Email"))

        self.template = QComboBox()
        self.template.setAccessibleName(self.tr("Template"))
        self.contact = QComboBox()
        self.contact.setAccessibleName(self.tr("Contact"))
        self.to = label("", "muted")

        self.subject_source = QLineEdit()
        self.subject_source.setAccessibleName(self.tr("Subject template"))
        self.body_source = QPlainTextEdit()
        self.body_source.setAccessibleName(self.tr("Body template"))
        self.body_source.setTabChangesFocus(True)
        self.save_template_button = QPushButton(
            icon("mdi6.content-save-outline"), self.tr("Save &template")
        )
        self.save_template_button.setEnabled(False)

        self.subject = QLineEdit()
        self.subject.setReadOnly(True)
        self.subject.setAccessibleName(self.tr("Subject"))
        self.body = QPlainTextEdit()
        self.body.setReadOnly(True)
        self.body.setAccessibleName(self.tr("Email preview"))
        self.errors = ErrorLabel()
        self.gaps = label("", "muted", wrap=True)
        self.gaps.hide()
        self.status = label("", "muted", wrap=True)

        self.open_button = QPushButton(
            icon("mdi6.email-arrow-right-outline"), self.tr("&Open in mail app")
        )
        self.save_button = QPushButton(icon("mdi6.file-download-outline"), self.tr("Save .&eml…"))
        close = QPushButton(self.tr("Close"))
        self.open_button.setDefault(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("T&emplate"), self.template)
        to_row = QHBoxLayout()
        to_row.addWidget(self.contact, 1)
        to_row.addWidget(self.to)
        form.addRow(self.tr("&To"), to_row)
        form.labelForField(to_row).setBuddy(self.contact)

        source = Card(self.tr("Template"))
        source_form = QFormLayout()
        source_form.addRow(self.tr("&Subject"), self.subject_source)
        source.body.addLayout(source_form)
        source.body.addWidget(self.body_source, 1)
        source.body.addWidget(
            label(
                self.tr(
                    "Merge fields: {{ contact.first_name }}, {{ account.name }}, "
                    "{{ deal.name }}, {{ call.date }}, {{ call.time }}, {{ task.due_date }}, "
                    "{{ rep.name }}…"
                ),
                "muted",
                wrap=True,
            )
        )
        keep = QHBoxLayout()
        keep.addStretch(1)
        keep.addWidget(self.save_template_button)
        source.body.addLayout(keep)

        preview = Card(self.tr("Preview"))
        preview_form = QFormLayout()
        preview_form.addRow(self.tr("Subject"), self.subject)
        preview.body.addLayout(preview_form)
        preview.body.addWidget(self.body, 1)
        preview.body.addWidget(self.gaps)

        split = QSplitter()
        split.addWidget(source)
        split.addWidget(preview)
        split.setChildrenCollapsible(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(close)

        lay = QVBoxLayout(self)
        lay.setSpacing(10)
        lay.addLayout(form)
        lay.addWidget(split, 1)
        lay.addWidget(self.errors.widget)
        lay.addLayout(buttons)
        self.resize(980, 620)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh)

        self._fill(contact_id)
        self.template.currentIndexChanged.connect(self._template_chosen)
        self.contact.currentIndexChanged.connect(self._contact_chosen)
        self.subject_source.textEdited.connect(self._edited)
        self.body_source.textChanged.connect(self._edited)
        self.save_template_button.clicked.connect(lambda: self.keep_template())
        self.open_button.clicked.connect(lambda: self.open_in_mail_app())
        self.save_button.clicked.connect(lambda: self.save_eml())
        close.clicked.connect(self.reject)
        self._template_chosen()

    # ------------------------------------------------------------ filling

    def _fill(self, contact_id: uuid.UUID | None) -> None:
        for t in template_list(self._db):
            self.template.addItem(t.name, t)  # the users' own names
        for r in recipients(self._db, self._deal_id, contact_id):
            text = f"{r.name} — {r.title}" if r.title else r.name
            self.contact.addItem(text, r)
            if r.id == contact_id:
                self.contact.setCurrentIndex(self.contact.count() - 1)
        if self.contact.count() == 0:
            self.contact.addItem(self.tr("The account has no contacts"), None)
            self.contact.setEnabled(False)
        self._contact_chosen(refresh=False)

    def _template_chosen(self, *_args: object) -> None:
        entry = self.template.currentData()
        self.subject_source.setText(entry.subject if entry else "")
        self.body_source.blockSignals(True)
        self.body_source.setPlainText(entry.body if entry else "")
        self.body_source.blockSignals(False)
        self.save_template_button.setEnabled(False)
        self.refresh()

    def _contact_chosen(self, *_args: object, refresh: bool = True) -> None:
        r = self.contact.currentData()
        self._context = None
        if r is not None:
            try:
                self._context = merge_context(self._db, r.id, self._deal_id, self._state.user_id)
            except SalesDeskError as exc:
                self.errors.show(error_text(exc))
        self.to.setText(r.email if r is not None and r.email else self.tr("no email address"))
        if refresh:
            self.refresh()

    def _edited(self, *_args: object) -> None:
        self.save_template_button.setEnabled(self.template.currentData() is not None)
        self._timer.start()

    # ------------------------------------------------------------ preview

    def refresh(self) -> None:
        """Render the template (as edited) for the chosen contact."""
        self._timer.stop()
        self.errors.clear()
        self.status.clear()
        self._email = None
        subject, body = self.subject_source.text(), self.body_source.toPlainText()
        if self._context is not None:
            try:
                self._email = render(subject, body, self._context)
            except TemplateError as exc:
                self.errors.show(error_text(exc))
        if self._email is None:
            self.subject.clear()
            self.body.setPlainText("")
            self.gaps.hide()
        else:
            self.subject.setText(self._email.subject)
            self.body.setPlainText(self._email.body)
            gaps = empty_fields(subject, body, self._context)
            self.gaps.setText(arg(self.tr("No value for this contact: %1"), ", ".join(gaps)))
            self.gaps.setVisible(bool(gaps))
        ready = self._email is not None
        self.open_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    # ------------------------------------------------------------ actions

    def keep_template(self) -> bool:
        entry = self.template.currentData()
        if entry is None:
            return False
        try:
            save_template(
                self._db,
                TemplateInput(
                    entry.name,
                    self.subject_source.text(),
                    self.body_source.toPlainText(),
                    entry.category,
                    entry.id,
                ),
            )
        except SalesDeskError as exc:
            self.errors.show(error_text(exc))
            return False
        index = self.template.currentIndex()
        self.template.blockSignals(True)
        self.template.clear()
        for t in template_list(self._db):
            self.template.addItem(t.name, t)
        self.template.setCurrentIndex(index)
        self.template.blockSignals(False)
        self.save_template_button.setEnabled(False)
        self.status.setText(self.tr("Template saved."))
        return True

    def open_in_mail_app(self) -> bool:
        self.refresh()
        recipient = self.contact.currentData()
        if self._email is None or recipient is None:
            return False
        url = QUrl(mailto_url(recipient.email or "", self._email.subject, self._email.body))
        if not self._open_url(url):
            self.errors.show(self.tr("No mail app opened the email. Save it as .eml instead."))
            return False
        return self._log(self.tr("Opened in your mail app and logged as a touch."))

    def save_eml(self) -> bool:
        self.refresh()
        recipient = self.contact.currentData()
        if self._email is None or recipient is None:
            return False
        suggested = "".join(
            ch if ch.isalnum() or ch in " -_" else "_" for ch in self._email.subject
        ).strip()
        path = self._choose_path(self, (suggested or "email")[:80] + ".eml")
        if not path:
            return False
        try:
            write_eml(
                path,
                recipient.email or "",
                self._email.subject,
                self._email.body,
                self._context["rep"]["email"] if self._context else None,
            )
        except SalesDeskError as exc:
            self.errors.show(error_text(exc))
            return False
        return self._log(arg(self.tr("Saved to %1 and logged as a touch."), path))

    def _log(self, done: str) -> bool:
        recipient = self.contact.currentData()
        try:
            touch_id = log_email(
                self._db, recipient.id, self._deal_id, self._email.subject, self._state.user_id
            )
        except SalesDeskError as exc:
            self.errors.show(error_text(exc))
            return False
        self.status.setText(done)
        self.sent.emit(touch_id)
        return True
