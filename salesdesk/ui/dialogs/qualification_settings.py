"""Settings, Qualification tab: frameworks, the ideal customer profile and the
disqualification reasons a sales manager keeps (issue 6). Other roles look only.

The Settings dialog's Save saves each part that changed with one core call (one
transaction each): the framework being edited, the profile, the reasons.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.db import Database
from ...core.domain import Role
from ...core.errors import SalesDeskError
from ...core.leads.frameworks import disqualify_reasons, save_disqualify_reasons
from ...core.leads.icp import save_profile
from ..messages import error_text, warn
from ..views.common import label
from .framework_editor import FrameworksPanel
from .managed_list import ManagedListEditor
from .profile_editor import ProfileEditor


def reasons_editor(db: Database) -> ManagedListEditor:
    """The managed list of disqualification reasons, in the order reps see them."""
    with db.read() as s:
        saved = disqualify_reasons(s)
    return ManagedListEditor(
        saved,
        lambda items: save_disqualify_reasons(db, items),
        QCoreApplication.translate(
            "ReasonsEditor",
            "Reps choose one of these when they disqualify a lead. A lead keeps its "
            "reason when the reason is renamed or removed here.",
        ),
        QCoreApplication.translate("ReasonsEditor", "Disqualification reasons"),
        QCoreApplication.translate("ReasonsEditor", "New reason"),
    )


class QualificationSettingsPage(QWidget):
    def __init__(self, app_state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = app_state.ctx.db
        self.can_edit = app_state.role == Role.SALES_MANAGER
        self.note = label(
            self.tr("How leads are qualified, for the whole team.")
            if self.can_edit
            else self.tr("Only a sales manager can change the qualification settings."),
            "muted",
            wrap=True,
        )
        self.frameworks = FrameworksPanel(self._db)
        self.profile = ProfileEditor(self._db)
        self.reasons = reasons_editor(self._db)
        self.parts = QTabWidget()
        self.parts.setDocumentMode(True)
        self.parts.addTab(self.frameworks, self.tr("Frameworks"))
        self.parts.addTab(self.profile, self.tr("Ideal customer profile"))
        self.parts.addTab(self.reasons, self.tr("Disqualification reasons"))
        lay = QVBoxLayout(self)
        lay.addWidget(self.note)
        lay.addWidget(self.parts, 1)
        for part in (self.frameworks, self.profile, self.reasons):
            part.set_read_only(not self.can_edit)

    def save(self) -> bool:
        """Save each part that changed; False (with the problem shown next to what it is
        about, and its part on top) when one could not be saved."""
        if not self.can_edit:
            return True
        if not self.frameworks.check():
            self.parts.setCurrentWidget(self.frameworks)
            return False
        if self.reasons.is_dirty() and not self.reasons.save():
            self.parts.setCurrentWidget(self.reasons)
            return False
        if self.profile.is_dirty():
            try:
                save_profile(self._db, self.profile.profile())
            except SalesDeskError as exc:
                self.parts.setCurrentWidget(self.profile)
                warn(self, error_text(exc))
                return False
            self.profile.mark_saved()
        if not self.frameworks.save():
            self.parts.setCurrentWidget(self.frameworks)
            return False
        return True
