"""Disqualifying a lead: the reason comes from the managed list."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from ..messages import arg
from ..views.common import label


class ReasonDialog(QDialog):
    def __init__(
        self,
        lead_label: str,
        reasons: Sequence[str],
        suggested: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Disqualify lead"))
        self.reason = QComboBox()
        self.reason.addItems(list(reasons))
        if suggested in reasons:
            self.reason.setCurrentText(suggested)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Disqualify"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Reason"), self.reason)
        lay = QVBoxLayout(self)
        lay.addWidget(
            label(
                arg(self.tr("Drop %1? The answers given so far are kept."), lead_label),
                wrap=True,
            )
        )
        lay.addLayout(form)
        lay.addWidget(buttons)
        self.setMinimumWidth(380)

    @property
    def chosen(self) -> str:
        return self.reason.currentText()
