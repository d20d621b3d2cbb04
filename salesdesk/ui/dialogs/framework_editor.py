"""Settings, Qualification, Frameworks: the list of frameworks and the one being edited.

New, duplicated and template frameworks are drafts until saved (the Settings dialog's
Save, or "Save" when leaving them for another one); nothing typed is dropped without
asking. Deleting is at once: the core keeps at least one framework.
"""

from __future__ import annotations

import uuid
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from ... import APP_NAME
from ...core.db import Database
from ...core.domain import Role
from ...core.errors import SalesDeskError
from ...core.leads import frameworks
from ...core.leads.frameworks import CriterionInput, Framework, FrameworkInput
from ...core.leads.records import lead_sources
from ...core.leads.templates import template
from ...core.models import User
from ..backups import ask
from ..messages import arg, error_text, warn
from .framework_form import FrameworkForm

NEW = ""  # the list item's id of the framework not saved yet


def sales_managers(db: Database) -> list[tuple[uuid.UUID, str]]:
    """The teams a framework can be assigned to, by their manager."""
    with db.read() as s:
        rows = s.execute(
            select(User.id, User.name)
            .where(User.role == Role.SALES_MANAGER.value, User.deleted_at.is_(None))
            .order_by(User.name)
        ).all()
    return [(user_id, name) for user_id, name in rows]


class FrameworksPanel(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._frameworks: list[Framework] = []
        self._new: FrameworkInput | None = None
        self._shown: str | None = None  # list id of the framework in the form
        self._baseline: tuple = ()
        self._read_only = False
        self._sources = lead_sources(db)
        self._managers = sales_managers(db)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Frameworks"))
        self.list.currentRowChanged.connect(self._on_row_changed)
        self.new_button = QPushButton(self.tr("&New"))
        self.duplicate_button = QPushButton(self.tr("Du&plicate"))
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.bant_button = QPushButton(self.tr("Add &BANT template"))
        self.meddic_button = QPushButton(self.tr("Add &MEDDIC template"))
        self.new_button.clicked.connect(self._add_new)
        self.duplicate_button.clicked.connect(self._duplicate)
        self.delete_button.clicked.connect(self._delete)
        self.bant_button.clicked.connect(lambda: self._add_template("bant"))
        self.meddic_button.clicked.connect(lambda: self._add_template("meddic"))
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.duplicate_button)
        left.addLayout(row)
        for button in (self.delete_button, self.bant_button, self.meddic_button):
            left.addWidget(button)

        self.form = FrameworkForm()
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)
        lay = QHBoxLayout(self)
        lay.addLayout(left)
        lay.addWidget(scroll, 1)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setFixedWidth(max(220, self.bant_button.sizeHint().width() + 20))
        self.reload()

    # state ------------------------------------------------------------------------
    def reload(self, select_id: uuid.UUID | None = None) -> None:
        """List the stored frameworks again (default first) and show one of them."""
        self._frameworks = frameworks.frameworks(self._db)
        target = select_id.hex if select_id is not None else self._shown
        self._fill_list(target)

    def is_dirty(self) -> bool:
        if self._read_only or self._shown is None:
            return False
        return self._shown == NEW or self.form.snapshot() != self._baseline

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for button in (
            self.new_button,
            self.duplicate_button,
            self.delete_button,
            self.bant_button,
            self.meddic_button,
        ):
            button.setVisible(not read_only)
        self.form.set_read_only(read_only)

    def check(self) -> bool:
        """Whether the framework being edited can be saved (problems shown if not)."""
        if not self.is_dirty() or self.form.check() is not None:
            return True
        self._show_problem()
        return False

    def save(self) -> bool:
        """Save the framework being edited, if it changed (one transaction)."""
        if not self.is_dirty():
            return True
        data = self.form.check()
        if data is None:
            self._show_problem()
            return False
        try:
            saved = frameworks.save_framework(self._db, data)
        except SalesDeskError as exc:
            self.form.show_problem(exc)
            self._show_problem()
            return False
        self._new = None
        self.reload(saved)
        return True

    def _show_problem(self) -> None:
        widget = self.form.first_problem()
        if widget is not None:
            self.scroll.ensureWidgetVisible(widget)

    def current_framework(self) -> Framework | None:
        return next((f for f in self._frameworks if f.id.hex == self._shown), None)

    # the list ---------------------------------------------------------------------
    def _fill_list(self, target: str | None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for framework in self._frameworks:
            text = framework.name
            if framework.is_default:
                text = arg(self.tr("%1 (default)"), framework.name)
            self._add_item(text, framework.id.hex, bold=framework.is_default)
        if self._new is not None:
            self._add_item(arg(self.tr("%1 (not saved)"), self._new.name), NEW, italic=True)
        ids = [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]
        row = ids.index(target) if target in ids else 0
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self._show(ids[row] if ids else None)

    def _add_item(self, text: str, list_id: str, bold=False, italic=False) -> None:
        item = QListWidgetItem(text)
        item.setToolTip(text)
        item.setData(Qt.ItemDataRole.UserRole, list_id)
        font = item.font()
        font.setBold(bold)
        font.setItalic(italic)
        item.setFont(font)
        self.list.addItem(item)

    def _show(self, list_id: str | None) -> None:
        self._shown = list_id
        framework = self.current_framework()
        data = self._new if list_id == NEW else framework.as_input() if framework else None
        self.form.setEnabled(data is not None)
        if data is not None:
            self.form.load(data, self._sources, self._managers)
        self._baseline = self.form.snapshot()
        self.duplicate_button.setEnabled(framework is not None)
        self.delete_button.setEnabled(list_id is not None)

    def _on_row_changed(self, row: int) -> None:
        item = self.list.item(row)
        target = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        if target == self._shown:
            return
        if not self._leave_current():
            self._fill_list(self._shown)  # back to the framework being edited
            return
        self._fill_list(target)

    def _leave_current(self) -> bool:
        """Before showing another framework: save or drop the edits, or stay."""
        if not self.is_dirty():
            return True
        answer = self._ask_unsaved()
        if answer == "cancel":
            return False
        if answer == "save":
            return self.save()
        if self._shown == NEW:
            self._new = None
        return True

    def _ask_unsaved(self) -> str:
        """'save', 'discard' or 'cancel'."""
        name = self.form.name.text().strip() or self.tr("this framework")
        box = QMessageBox(
            QMessageBox.Icon.Question,
            APP_NAME,
            arg(self.tr("Save the changes to %1?"), name),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return "save"
        return "discard" if answer == QMessageBox.StandardButton.Discard else "cancel"

    # actions ----------------------------------------------------------------------
    def _start(self, data: FrameworkInput) -> None:
        """Show a new, unsaved framework (the one not saved before is asked about)."""
        if not self._leave_current():
            return
        self._new = data
        self._fill_list(NEW)
        self.form.name.setFocus()
        self.form.name.selectAll()

    def _add_new(self) -> None:
        self._start(
            FrameworkInput(
                self.tr("New framework"),
                [CriterionInput(self.tr("New criterion"), "", "yes_no", 10.0)],
            )
        )

    def _add_template(self, key: str) -> None:
        self._start(template(key, lambda text: QCoreApplication.translate("Leads", text)))

    def _duplicate(self) -> None:
        framework = self.current_framework()
        if framework is None:
            return
        data = framework.as_input()
        self._start(
            replace(
                data,
                id=None,
                name=arg(self.tr("Copy of %1"), data.name),
                is_default=False,
                lead_source=None,  # one source, one framework
                manager_id=None,
                criteria=[replace(c, id=None) for c in data.criteria],
            )
        )

    def _delete(self) -> None:
        if self._shown == NEW:
            self._new = None
            self._fill_list(None)
            return
        framework = self.current_framework()
        if framework is None:
            return
        question = arg(
            self.tr(
                "Delete the framework %1?\n\nLeads already assessed with it keep their answers "
                "and scores; new leads get another framework."
            ),
            framework.name,
        )
        if not self._confirm(question):
            return
        try:
            frameworks.delete_framework(self._db, framework.id)
        except SalesDeskError as exc:
            warn(self, error_text(exc))
            return
        self._shown = None
        self.reload()

    def _confirm(self, question: str) -> bool:
        return ask(self, question, self.tr("Delete"))
