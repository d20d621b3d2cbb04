"""The email template manager: the team's templates, edited with a live preview.

Left, the templates; in the middle, the one chosen (name, category, subject, body, a
menu that inserts merge fields); on the right, the email as a chosen contact would get
it, refreshed while typing. A template that would not render (an unknown field, a
syntax error, a sandbox escape) shows the error with its line and is not saved.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.automation.email import (
    TemplateEntry,
    TemplateInput,
    delete_template,
    preview_account,
    recipients,
    save_template,
    template_list,
)
from ...core.automation.merge import FIELDS, TemplateInputError, merge_context
from ...core.automation.sandbox import TemplateError, empty_fields, render
from ...core.errors import SalesDeskError
from ..backups import ask
from ..calls.pickers import AccountPicker
from ..calls.widgets import ErrorLabel
from ..messages import arg, error_text
from ..theme import icon
from ..views.common import Card, label

PREVIEW_DELAY_MS = 250
ID_ROLE = Qt.ItemDataRole.UserRole + 41
WATCHED = frozenset({"email_templates"})


class TemplatesPanel(QWidget):
    def __init__(self, app_state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = app_state
        self.db = app_state.ctx.db
        self._current: TemplateEntry | None = None  # None: a new, unsaved template
        self._context: dict | None = None
        self._filling = False
        self._dirty = False
        self.ask = ask  # (parent, question, accept text) -> bool; tests answer it

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Email templates"))
        self.list.currentItemChanged.connect(self._chosen)
        new = QPushButton(icon("mdi6.plus"), self.tr("&New"))
        new.clicked.connect(self.new_template)
        self.copy_button = QPushButton(icon("mdi6.content-copy"), self.tr("Du&plicate"))
        self.copy_button.clicked.connect(self.duplicate)
        self.delete_button = QPushButton(icon("mdi6.delete-outline"), self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete)
        left = Card(self.tr("Templates"))
        left.body.addWidget(self.list, 1)
        row = QHBoxLayout()
        for button in (new, self.copy_button, self.delete_button):
            row.addWidget(button)
        left.body.addLayout(row)

        self.name = QLineEdit()
        self.category = QLineEdit()
        self.category.setPlaceholderText(self.tr("e.g. Follow-up"))
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.body.setAccessibleName(self.tr("Body template"))
        insert = QToolButton()
        insert.setText(self.tr("Insert field"))
        insert.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        insert.setMenu(self._fields_menu(insert))
        self.errors = ErrorLabel()
        self.status = label("", "muted", wrap=True)
        self.save_button = QPushButton(icon("mdi6.content-save-outline"), self.tr("&Save"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Undo changes"))
        self.revert_button.clicked.connect(lambda: self._show(self._current))
        editor = Card(self.tr("Template"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Na&me"), self.name)
        form.addRow(self.tr("Ca&tegory"), self.category)
        form.addRow(self.tr("S&ubject"), self.subject)
        editor.body.addLayout(form)
        editor.body.addWidget(self.body, 1)
        tools = QHBoxLayout()
        tools.addWidget(insert)
        tools.addWidget(self.status, 1)
        tools.addWidget(self.revert_button)
        tools.addWidget(self.save_button)
        editor.body.addWidget(self.errors.widget)
        editor.body.addLayout(tools)

        self.account = AccountPicker(self.db)
        self.account.picked.connect(self._account_picked)
        self.contact = QComboBox()
        self.contact.setAccessibleName(self.tr("Contact for the preview"))
        self.contact.currentIndexChanged.connect(self._contact_chosen)
        self.preview_subject = QLineEdit()
        self.preview_subject.setReadOnly(True)
        self.preview_body = QPlainTextEdit()
        self.preview_body.setReadOnly(True)
        self.preview_body.setAccessibleName(self.tr("Email preview"))
        self.gaps = label("", "muted", wrap=True)
        preview = Card(self.tr("Preview"))
        pform = QFormLayout()
        pform.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        pform.addRow(self.tr("Acc&ount"), self.account)
        pform.addRow(self.tr("Co&ntact"), self.contact)
        pform.addRow(self.tr("Subject"), self.preview_subject)
        preview.body.addLayout(pform)
        preview.body.addWidget(self.preview_body, 1)
        preview.body.addWidget(self.gaps)

        split = QSplitter()
        split.setChildrenCollapsible(False)
        for part, stretch in ((left, 2), (editor, 4), (preview, 4)):
            split.addWidget(part)
            split.setStretchFactor(split.count() - 1, stretch)
        lay = QVBoxLayout(self)
        lay.addWidget(split)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        for edit in (self.name, self.category, self.subject):
            edit.textEdited.connect(self._edited)
        self.body.textChanged.connect(self._edited)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        app_state.notifier.changed.connect(self._on_changed)
        self.reload()
        self._preview_someone()

    # ------------------------------------------------------------ the list
    def reload(self, select: uuid.UUID | None = None) -> None:
        keep = select or (self._current.id if self._current else None)
        self.list.blockSignals(True)
        self.list.clear()
        chosen = None
        for entry in template_list(self.db):
            item = QListWidgetItem(entry.name)
            item.setData(ID_ROLE, entry)
            if entry.category:
                item.setToolTip(arg(self.tr("Category: %1"), entry.category))
            self.list.addItem(item)
            if entry.id == keep:
                chosen = item
        self.list.blockSignals(False)
        if chosen is None and self.list.count():
            chosen = self.list.item(0)
        if chosen is not None:
            self.list.setCurrentItem(chosen)
            self._show(chosen.data(ID_ROLE))
        else:
            self._show(None)

    def _chosen(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if self._dirty and previous is not None and not self._leave_ok():
            self.list.blockSignals(True)
            self.list.setCurrentItem(previous)
            self.list.blockSignals(False)
            return
        self._show(item.data(ID_ROLE) if item is not None else None)

    def _leave_ok(self) -> bool:
        return self.ask(
            self,
            self.tr("Leave this template without saving your changes?"),
            self.tr("Discard changes"),
        )

    def _show(self, entry: TemplateEntry | None) -> None:
        self._filling = True
        self._current = entry
        self.name.setText(entry.name if entry else "")
        self.category.setText(entry.category or "" if entry else "")
        self.subject.setText(entry.subject if entry else "")
        self.body.setPlainText(entry.body if entry else "")
        self._filling = False
        self._dirty = False
        self.errors.clear()
        self.status.clear()
        self.copy_button.setEnabled(entry is not None)
        self.delete_button.setEnabled(entry is not None)
        self.refresh_preview()

    def new_template(self, _checked: bool = False, copy_of: TemplateEntry | None = None) -> None:
        if self._dirty and not self._leave_ok():
            return
        self.list.blockSignals(True)
        self.list.setCurrentItem(None)
        self.list.clearSelection()
        self.list.blockSignals(False)
        self._show(None)
        if copy_of is not None:
            self.name.setText(arg(self.tr("%1 (copy)"), copy_of.name))
            self.category.setText(copy_of.category or "")
            self.subject.setText(copy_of.subject)
            self.body.setPlainText(copy_of.body)
        self._dirty = True
        self.name.setFocus()
        self.name.selectAll()

    def duplicate(self) -> None:
        if self._current is not None:
            self.new_template(copy_of=self._current)

    def delete(self) -> None:
        entry = self._current
        if entry is None or not self.ask(
            self, arg(self.tr("Delete the template “%1”?"), entry.name), self.tr("Delete")
        ):
            return
        try:
            delete_template(self.db, entry.id)
        except SalesDeskError as exc:
            self.errors.show(error_text(exc))
            return
        self._current = None
        self._dirty = False
        self.reload()

    def save(self) -> bool:
        data = TemplateInput(
            self.name.text(),
            self.subject.text(),
            self.body.toPlainText(),
            self.category.text(),
            self._current.id if self._current else None,
        )
        try:
            saved = save_template(self.db, data)
        except TemplateInputError as exc:
            if exc.field != "template":
                self.errors.show(error_text(exc))
                return False
            # Deleted elsewhere while edited here: keep the text; Save makes it anew.
            self._current = None
            self.copy_button.setEnabled(False)
            self.delete_button.setEnabled(False)
            self.errors.show(
                self.tr(
                    "This template was deleted meanwhile. Your text is kept: "
                    "Save again to keep it as a new template."
                )
            )
            return False
        except SalesDeskError as exc:
            self.errors.show(error_text(exc))
            return False
        self._dirty = False
        self.reload(select=saved)
        self.status.setText(self.tr("Template saved."))
        return True

    def _edited(self, *_args: object) -> None:
        if self._filling:
            return
        self._dirty = True
        self.errors.clear()
        self.status.clear()
        self._timer.start()

    def _on_changed(self, tables: frozenset) -> None:
        if tables & WATCHED and not self._dirty:
            self.reload()

    # ------------------------------------------------------------ merge fields
    def _fields_menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(parent)
        for record, names in FIELDS.items():
            if record == "opportunity":  # the same fields as deal
                continue
            sub = menu.addMenu(record)
            for name in names:
                text = f"{{{{ {record}.{name} }}}}"
                sub.addAction(text, lambda t=text: self._insert(t))
        return menu

    def _insert(self, text: str) -> None:
        target = self.subject if self.subject.hasFocus() else self.body
        target.insert(text) if target is self.subject else self.body.insertPlainText(text)
        target.setFocus()
        self._edited()

    # ------------------------------------------------------------ preview
    def _preview_someone(self) -> None:
        """Start the preview on some account with contacts, so it shows at once."""
        found = preview_account(self.db)
        if found is not None:
            self.account.set_account(*found)
            self._account_picked(found[0])

    def _account_picked(self, account_id: uuid.UUID | None) -> None:
        self.contact.blockSignals(True)
        self.contact.clear()
        if account_id is not None:
            for r in recipients(self.db, account_id=account_id):
                self.contact.addItem(f"{r.name} — {r.title}" if r.title else r.name, r)
        self.contact.blockSignals(False)
        self._contact_chosen()

    def _contact_chosen(self, *_args: object) -> None:
        r = self.contact.currentData()
        self._context = None
        if r is not None:
            try:
                self._context = merge_context(self.db, r.id, None, self.state.user_id)
            except SalesDeskError as exc:
                self.errors.show(error_text(exc))
        self.refresh_preview()

    def refresh_preview(self) -> None:
        self._timer.stop()
        subject, body = self.subject.text(), self.body.toPlainText()
        self.preview_subject.clear()
        self.preview_body.setPlainText("")
        self.gaps.hide()
        if self._context is None:
            self.preview_body.setPlaceholderText(self.tr("Choose a contact to see the email."))
            return
        try:
            email = render(subject, body, self._context)
        except TemplateError as exc:
            self.errors.show(error_text(exc))
            return
        self.preview_subject.setText(email.subject)
        self.preview_body.setPlainText(email.body)
        gaps = empty_fields(subject, body, self._context)
        self.gaps.setText(arg(self.tr("No value for this contact: %1"), ", ".join(gaps)))
        self.gaps.setVisible(bool(gaps))
