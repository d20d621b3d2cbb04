"""Marking a deal lost: the reason comes from the managed list (Edit stages… keeps it)."""

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


class LostReasonDialog(QDialog):
    def __init__(
        self,
        deal_name: str,
        stage_name: str,
        reasons: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Deal lost"))
        self.reason = QComboBox()
        self.reason.addItems(list(reasons))
        self.reason.setAccessibleName(self.tr("Reason"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Mark lost"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Reason"), self.reason)
        lay = QVBoxLayout(self)
        lay.setSpacing(12)
        lay.addWidget(
            label(
                arg(self.tr("Move %1 to %2? Say why it was lost."), deal_name, stage_name),
                wrap=True,
            )
        )
        lay.addLayout(form)
        lay.addWidget(
            label(self.tr("The reason is kept in the deal's stage history."), "muted", wrap=True)
        )
        lay.addWidget(buttons)
        self.setMinimumWidth(420)

    @property
    def chosen(self) -> str:
        return self.reason.currentText()
