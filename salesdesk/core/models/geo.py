"""Geocoding: answers of online services kept for reuse, and accounts waiting for a retry."""

import uuid
from datetime import datetime

from sqlalchemy import DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class GeocodeCache(Base):
    """What an online geocoder answered for one address (normalised query text).

    Only real answers are kept (never "not found" or a failure), so a later retry asks
    again; the gazetteer is local and fast, so its city-level answers are not cached.
    """

    __tablename__ = "geocode_cache"

    query_key: Mapped[str] = mapped_column(String(512), unique=True)
    provider: Mapped[str] = mapped_column(String(32))
    lat: Mapped[float] = mapped_column(Float)
    lon: Mapped[float] = mapped_column(Float)
    precision: Mapped[str] = mapped_column(String(16))
    label: Mapped[str | None] = mapped_column(Text)


class GeocodeQueue(Base):
    """An account whose address could not be geocoded (yet), and why.

    An account located only at city level while an online service failed stays here,
    so a retry can improve it. Deleting the account deletes its entry.
    """

    __tablename__ = "geocode_queue"

    account_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), unique=True
    )
    reason: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_attempt_at: Mapped[datetime | None] = mapped_column(DateTime)
    next_attempt_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
