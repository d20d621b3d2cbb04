"""Settings, Automation tab: the automatic record creation rules (issue 9).

One row per rule: its switch, what it does, its parameter (the no-visit rule's days)
and how many records it made so far. A sales manager edits; other roles look only. The
Settings dialog's Save stores what changed with one save_rule_settings call.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.automation.rules import RULES, rule_counts, rule_settings, save_rule_settings
from ...core.domain import Role
from ...core.errors import SalesDeskError
from ..messages import arg, error_text, warn
from ..views.common import label


def rule_text(text: str) -> str:
    """A rule's label or description (marked in core with the "Rules" context)."""
    return QCoreApplication.translate("Rules", text)


class RuleRow(QFrame):
    def __init__(self, rule, values: dict, made: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.rule = rule
        self.switch = QCheckBox(rule_text(rule.label))
        font = self.switch.font()
        font.setBold(True)
        self.switch.setFont(font)
        self.switch.setChecked(bool(values["enabled"]))
        self.description = label(rule_text(rule.description), "muted", wrap=True)
        self.made = label(arg(self.tr("Records made so far: %1"), made), "muted")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 10)
        lay.addWidget(self.switch)
        lay.addWidget(self.description)
        self.days: QSpinBox | None = None
        if "days" in rule.params:
            low, high = rule.limits["days"]
            self.days = QSpinBox()
            self.days.setRange(low, high)
            self.days.setValue(int(values["days"]))
            self.days.setSuffix(self.tr(" days"))
            self.days.setAccessibleName(self.tr("Days without a visit"))
            line = QHBoxLayout()
            line.addWidget(label(self.tr("Days without a visit:")))
            line.addWidget(self.days)
            line.addStretch(1)
            lay.addLayout(line)
            self.switch.toggled.connect(self.days.setEnabled)
            self.days.setEnabled(self.switch.isChecked())
        lay.addWidget(self.made)

    def values(self) -> dict:
        out: dict = {"enabled": self.switch.isChecked()}
        if self.days is not None:
            out["days"] = self.days.value()
        return out

    def set_read_only(self, read_only: bool) -> None:
        self.switch.setEnabled(not read_only)
        if self.days is not None:
            self.days.setEnabled(not read_only and self.switch.isChecked())


class RulesSettingsPage(QWidget):
    def __init__(self, app_state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = app_state.ctx.db
        self.can_edit = app_state.role == Role.SALES_MANAGER
        with self._db.read() as s:
            self._saved = rule_settings(s)
            counts = rule_counts(s)
        self.note = label(
            self.tr(
                "Rules that create records for you. Each record a rule makes says which "
                "rule made it."
            )
            if self.can_edit
            else self.tr("Only a sales manager can switch the automation rules."),
            "muted",
            wrap=True,
        )
        self.rows = {r.key: RuleRow(r, self._saved[r.key], counts[r.key]) for r in RULES}
        body = QWidget()
        rows = QVBoxLayout(body)
        for row in self.rows.values():
            row.set_read_only(not self.can_edit)
            rows.addWidget(row)
        rows.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        lay = QVBoxLayout(self)
        lay.addWidget(self.note)
        lay.addWidget(scroll, 1)

    def changes(self) -> dict[str, dict]:
        return {
            key: row.values()
            for key, row in self.rows.items()
            if any(self._saved[key].get(k) != v for k, v in row.values().items())
        }

    def save(self) -> bool:
        """Store what changed (one transaction); False with the problem shown if refused."""
        changes = self.changes()
        if not self.can_edit or not changes:
            return True
        try:
            self._saved = save_rule_settings(self._db, changes)
        except SalesDeskError as exc:
            warn(self, error_text(exc))
            return False
        return True
