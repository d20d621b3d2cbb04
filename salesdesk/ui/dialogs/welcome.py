"""First run on an empty database: who you are, and demo data or a clean start."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME
from ...core.workspace import InvalidProfileError, ProfileInput, validate_profile
from ..messages import arg, error_text
from .profile import ProfileForm


class WelcomeDialog(QDialog):
    """Collects the profile and the demo choice; the caller saves them (one action)."""

    def __init__(self, has_data: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(arg(self.tr("Welcome to %1"), APP_NAME))
        lay = QVBoxLayout(self)
        title = QLabel(arg(self.tr("Welcome to %1"), APP_NAME))
        title.setProperty("role", "title")
        lay.addWidget(title)
        intro = QLabel(
            self.tr(
                "Everything you enter stays in a database on this computer and works without a "
                "network. Tell us who you are, then choose how to start."
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        profile_box = QGroupBox(self.tr("Your profile"))
        self.form = ProfileForm()
        QVBoxLayout(profile_box).addWidget(self.form)
        lay.addWidget(profile_box)

        start_box = QGroupBox(self.tr("How to start"))
        start = QVBoxLayout(start_box)
        self.demo = QRadioButton(self.tr("Load a demo territory (recommended to explore)"))
        demo_note = QLabel(
            self.tr(
                "About 400 accounts around Manchester with contacts, leads, deals in every "
                "stage and past calls with debriefs. You can replace it later."
            )
        )
        demo_note.setWordWrap(True)
        demo_note.setProperty("role", "muted")
        demo_note.setIndent(24)
        self.empty = QRadioButton(self.tr("Start with an empty database"))
        self.demo.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.demo)
        group.addButton(self.empty)
        start.addWidget(self.demo)
        start.addWidget(demo_note)
        start.addWidget(self.empty)
        lay.addWidget(start_box)
        # A database that already holds accounts (e.g. imported) only needs the profile.
        start_box.setVisible(not has_data)
        if has_data:
            self.empty.setChecked(True)
        lay.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.profile_input: ProfileInput | None = None
        self.resize(600, self.sizeHint().height())

    @property
    def wants_demo(self) -> bool:
        return self.demo.isChecked()

    def accept(self) -> None:
        try:
            self.profile_input = validate_profile(self.form.value())
        except InvalidProfileError as exc:
            self.form.show_error(error_text(exc))
            return
        super().accept()
