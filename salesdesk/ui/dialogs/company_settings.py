"""Settings, Company tab: the details a proposal prints as its sender (name, address,
contacts, tax ID, logo) and the defaults of a new proposal (tax, validity, terms, the
number prefix). A sales manager edits; other roles look only. The Settings dialog's
Save stores the page with one save_company call; a logo is checked when chosen.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.company import Company, CompanyError, check_logo, company, save_company
from ...core.domain import Role
from ..messages import error_text, warn
from ..theme import icon
from ..views.common import label

PREVIEW_W, PREVIEW_H = 220, 80


def ask_logo_file(parent: QWidget | None) -> str | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("CompanySettingsPage", "Choose the logo"),
        "",
        QCoreApplication.translate("CompanySettingsPage", "Images (*.png *.jpg *.jpeg *.gif)"),
    )
    return path or None


class CompanySettingsPage(QWidget):
    def __init__(self, app_state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = app_state.ctx.db
        self.can_edit = app_state.role == Role.SALES_MANAGER
        self._saved = company(self._db)
        self.logo: str | None = self._saved.logo
        # Where Choose logo reads from (parent -> path or None); tests replace it.
        self.choose_file: Callable[[QWidget | None], str | None] = ask_logo_file

        s = self._saved
        self.name = QLineEdit(s.name)
        self.address = QPlainTextEdit(s.address)
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(80)
        self.email = QLineEdit(s.email)
        self.phone = QLineEdit(s.phone)
        self.website = QLineEdit(s.website)
        self.tax_id = QLineEdit(s.tax_id)
        self.tax = QDoubleSpinBox()
        self.tax.setRange(0.0, 100.0)
        self.tax.setDecimals(2)
        self.tax.setSuffix(" %")
        self.tax.setValue(s.tax_pct)
        self.validity = QSpinBox()
        self.validity.setRange(1, 365)
        self.validity.setSuffix(self.tr(" days"))
        self.validity.setValue(s.validity_days)
        self.prefix = QLineEdit(s.number_prefix)
        self.prefix.setMaxLength(10)
        self.prefix.setToolTip(self.tr("Quote numbers read like Q-2026-0042"))
        self.terms = QPlainTextEdit(s.terms)
        self.terms.setTabChangesFocus(True)
        self.terms.setFixedHeight(90)

        self.preview = QLabel()
        self.preview.setFixedSize(PREVIEW_W, PREVIEW_H)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setProperty("role", "card")
        self.choose_button = QPushButton(icon("mdi6.image-outline"), self.tr("Choose &logo…"))
        self.choose_button.clicked.connect(lambda: self.choose_logo())
        self.clear_button = QPushButton(icon("mdi6.image-remove"), self.tr("Clear l&ogo"))
        self.clear_button.clicked.connect(self.clear_logo)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.choose_button)
        logo_buttons.addWidget(self.clear_button)
        logo_buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.preview)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Company &name"), self.name)
        form.addRow(self.tr("&Address"), self.address)
        form.addRow(self.tr("&Email"), self.email)
        form.addRow(self.tr("&Phone"), self.phone)
        form.addRow(self.tr("&Website"), self.website)
        form.addRow(self.tr("Ta&x ID"), self.tax_id)
        form.addRow(self.tr("Logo"), logo_row)
        form.addRow(label(self.tr("New proposals"), "subtitle"))
        form.addRow(self.tr("&Tax rate"), self.tax)
        form.addRow(self.tr("&Valid for"), self.validity)
        form.addRow(self.tr("Number p&refix"), self.prefix)
        form.addRow(self.tr("Ter&ms"), self.terms)
        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.note = label(
            self.tr("What proposals print as the sender, and the defaults of a new proposal.")
            if self.can_edit
            else self.tr("Only a sales manager can change the company's details."),
            "muted",
            wrap=True,
        )
        lay = QVBoxLayout(self)
        lay.addWidget(self.note)
        lay.addWidget(scroll, 1)
        for field in (self.name, self.email, self.phone, self.website, self.tax_id, self.prefix):
            field.setReadOnly(not self.can_edit)
        for field in (self.address, self.terms):
            field.setReadOnly(not self.can_edit)
        for field in (self.tax, self.validity):
            field.setEnabled(self.can_edit)
        self.choose_button.setEnabled(self.can_edit)
        self._show_logo()

    def _show_logo(self) -> None:
        pixmap = QPixmap()
        if self.logo:
            pixmap.loadFromData(base64.b64decode(self.logo))
        if pixmap.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No logo"))
        else:
            self.preview.setPixmap(
                pixmap.scaled(
                    PREVIEW_W - 12,
                    PREVIEW_H - 12,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.clear_button.setEnabled(self.can_edit and bool(self.logo))

    def choose_logo(self) -> bool:
        """Ask for an image; a file that is no image or too big is refused at once."""
        path = self.choose_file(self)
        if not path:
            return False
        try:
            self.logo = check_logo(Path(path).read_bytes())
        except CompanyError as exc:
            warn(self, error_text(exc))
            return False
        except OSError as exc:
            warn(self, str(exc))
            return False
        self._show_logo()
        return True

    def clear_logo(self) -> None:
        self.logo = None
        self._show_logo()

    def values(self) -> Company:
        return Company(
            name=self.name.text(),
            address=self.address.toPlainText(),
            email=self.email.text(),
            phone=self.phone.text(),
            website=self.website.text(),
            tax_id=self.tax_id.text(),
            logo=self.logo,
            tax_pct=self.tax.value(),
            validity_days=self.validity.value(),
            terms=self.terms.toPlainText(),
            number_prefix=self.prefix.text(),
        )

    def save(self) -> bool:
        """Store the page if it changed (one transaction); False with the problem shown."""
        if not self.can_edit or self.values() == self._saved:
            return True
        try:
            self._saved = save_company(self._db, self.values())
        except CompanyError as exc:
            warn(self, error_text(exc))
            return False
        return True
