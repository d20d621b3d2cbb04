"""Users (profiles with a role), territories, monthly quotas and app settings."""

import uuid
from datetime import date

from sqlalchemy import JSON, Date, Float, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class User(Base):
    """A person using SalesDesk: the local profile, teammates, managers."""

    __tablename__ = "users"

    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(40))  # for email merge fields
    role: Mapped[str] = mapped_column(String(32))
    manager_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    territory_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("territories.id"))
    home_address: Mapped[str | None] = mapped_column(Text)
    home_lat: Mapped[float | None] = mapped_column(Float)
    home_lon: Mapped[float | None] = mapped_column(Float)
    monthly_quota: Mapped[float] = mapped_column(Float, default=0.0)
    currency: Mapped[str] = mapped_column(String(3), default="GBP")


class Territory(Base):
    """A named sales territory; accounts and users belong to one."""

    __tablename__ = "territories"

    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)


class Quota(Base):
    """A user's target for one month (period_start is the first day of the month)."""

    __tablename__ = "quotas"
    __table_args__ = (UniqueConstraint("user_id", "period_start"),)

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    period_start: Mapped[date] = mapped_column(Date)
    amount: Mapped[float] = mapped_column(Float)


class Setting(Base):
    """Shared settings stored with the data (e.g. which processes each role sees)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), unique=True)
    value: Mapped[object] = mapped_column(JSON)


class ChangeLog(Base):
    """Who changed which field of which record, when: plan history and a future sync outbox."""

    __tablename__ = "change_log"

    entity: Mapped[str] = mapped_column(String(64), index=True)
    entity_id: Mapped[uuid.UUID] = mapped_column(index=True)
    field: Mapped[str] = mapped_column(String(64))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
