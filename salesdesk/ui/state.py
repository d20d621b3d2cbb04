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

    @property
    def user_id(self):
        """The local profile's user id, None before a profile exists."""
        return self.profile.id if self.profile else None

    def reload_profile(self) -> None:
        self.profile = current_profile(self.ctx.db)
