"""The profile form (name, role, home base, quota), used on first run and in Settings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.domain import Role
from ...core.errors import SalesDeskError
from ...core.workspace import (
    Profile,
    ProfileInput,
    parse_home_base,
    save_profile,
)
from ..labels import role_title
from ..messages import error_text


class ProfileForm(QWidget):
    def __init__(self, profile: Profile | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.name.setPlaceholderText(self.tr("Your full name"))
        self.role = QComboBox()
        for r in Role:
            self.role.addItem(role_title(r), r.value)
        self.home = QLineEdit()
        self.home.setPlaceholderText(self.tr("Street, town — or latitude, longitude"))
        self.quota = QDoubleSpinBox()
        self.quota.setRange(0, 1_000_000_000)
        self.quota.setDecimals(0)
        self.quota.setSingleStep(1000)
        self.quota.setGroupSeparatorShown(True)
        self.quota.setPrefix("£ ")
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("name@company.com (optional)"))
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("&Home base"), self.home)
        form.addRow(self.tr("Monthly &quota"), self.quota)
        form.addRow(self.tr("&Email"), self.email)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("+44 161 555 0100 (optional)"))
        self.phone.setMaxLength(40)
        form.addRow(self.tr("&Phone"), self.phone)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        form.addRow(self.error)
        if profile is not None:
            self.set_profile(profile)

    def set_profile(self, p: Profile) -> None:
        self.name.setText(p.name)
        self.role.setCurrentIndex(max(0, self.role.findData(p.role.value)))
        if p.home_lat is not None:
            self.home.setText(f"{p.home_lat:.5f}, {p.home_lon:.5f}")
        else:
            self.home.setText(p.home_address or "")
        self.quota.setValue(p.monthly_quota or 0)
        self.email.setText(p.email or "")
        self.phone.setText(p.phone or "")

    def value(self) -> ProfileInput:
        return ProfileInput(
            name=self.name.text(),
            role=Role(self.role.currentData()),
            monthly_quota=self.quota.value(),
            email=self.email.text(),
            phone=self.phone.text(),
            **parse_home_base(self.home.text()),
        )

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


class ProfileDialog(QDialog):
    """Edit the local profile; saving is one service call."""

    def __init__(self, db, profile: Profile | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your profile"))
        self._db = db
        self.saved: Profile | None = None
        lay = QVBoxLayout(self)
        self.form = ProfileForm(profile)
        lay.addWidget(self.form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def accept(self) -> None:
        try:
            self.saved = save_profile(self._db, self.form.value())
        except SalesDeskError as exc:  # invalid input, or a disk that refused the write
            self.form.show_error(error_text(exc))
            return
        super().accept()
