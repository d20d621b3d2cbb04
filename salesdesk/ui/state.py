"""What every window part shares: the open database, change notices, the profile."""

from __future__ import annotations

from dataclasses import dataclass

from ..bootstrap import AppContext
from ..core.domain import Role
from ..core.workspace import Profile, current_profile
from .changes import ChangeNotifier


@dataclass
class AppState:
    ctx: AppContext
    notifier: ChangeNotifier
    profile: Profile | None = None
    role_override: Role | None = None

    @property
    def role(self) -> Role:
        if self.role_override is not None:
            return self.role_override
        return self.profile.role if self.profile else Role.FIELD_REP

    def reload_profile(self) -> None:
        self.profile = current_profile(self.ctx.db)
