"""Accounts (customers and prospects) and their contacts."""

import uuid

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class Account(Base):
    """A company we sell to or want to: address, location, size, value and owner."""

    __tablename__ = "accounts"

    name: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="prospect")
    industry: Mapped[str | None] = mapped_column(String(100))
    employees: Mapped[int | None] = mapped_column(Integer)
    street: Mapped[str | None] = mapped_column(String(300))
    postal_code: Mapped[str | None] = mapped_column(String(20))
    city: Mapped[str | None] = mapped_column(String(120), index=True)
    region: Mapped[str | None] = mapped_column(String(120))
    country: Mapped[str | None] = mapped_column(String(2))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    geocode_precision: Mapped[str] = mapped_column(String(16), default="none")
    geocode_source: Mapped[str | None] = mapped_column(String(64))
    phone: Mapped[str | None] = mapped_column(String(40))
    phone_e164: Mapped[str | None] = mapped_column(String(20), index=True)
    phone_valid: Mapped[bool | None] = mapped_column(Boolean)
    email: Mapped[str | None] = mapped_column(String(320))
    website: Mapped[str | None] = mapped_column(String(300))
    current_revenue: Mapped[float] = mapped_column(Float, default=0.0)
    estimated_potential: Mapped[float] = mapped_column(Float, default=0.0)
    attention_level: Mapped[str | None] = mapped_column(String(1))
    attention_override: Mapped[bool] = mapped_column(Boolean, default=False)
    # {"mon": [["08:00", "17:00"]], ...}; missing day = closed
    opening_hours: Mapped[dict | None] = mapped_column(JSON)
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True)
    account_manager_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    territory_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("territories.id"))
    source_system: Mapped[str | None] = mapped_column(String(40))
    source_id: Mapped[str | None] = mapped_column(String(100))
    created_by_rule: Mapped[str | None] = mapped_column(String(40))
    notes: Mapped[str | None] = mapped_column(Text)


class Contact(Base):
    """A person at an account, with their role in the buying decision."""

    __tablename__ = "contacts"

    account_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    first_name: Mapped[str | None] = mapped_column(String(120))
    last_name: Mapped[str] = mapped_column(String(120))
    title: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320), index=True)
    phone: Mapped[str | None] = mapped_column(String(40))
    phone_e164: Mapped[str | None] = mapped_column(String(20), index=True)
    phone_valid: Mapped[bool | None] = mapped_column(Boolean)
    buying_role: Mapped[str | None] = mapped_column(String(32))
    preferences: Mapped[str | None] = mapped_column(Text)
    source_system: Mapped[str | None] = mapped_column(String(40))
    source_id: Mapped[str | None] = mapped_column(String(100))
    created_by_rule: Mapped[str | None] = mapped_column(String(40))

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)
