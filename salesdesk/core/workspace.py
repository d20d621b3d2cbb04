"""The local profile (who is using this laptop) and which processes each role sees."""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import Database
from .domain import ALWAYS_VISIBLE, DEFAULT_ROLE_PROCESSES, Process, Role
from .errors import SalesDeskError
from .i18n import QT_TRANSLATE_NOOP
from .models import Setting, User

CURRENT_USER_KEY = "current_user_id"
ROLE_PROCESSES_KEY = "role_processes"


@dataclass(frozen=True)
class ProfileInput:
    name: str
    role: Role
    monthly_quota: float = 0.0
    home_address: str | None = None
    home_lat: float | None = None
    home_lon: float | None = None
    email: str | None = None
    phone: str | None = None  # as typed; email templates sign with it ({{ rep.phone }})


@dataclass(frozen=True)
class Profile(ProfileInput):
    id: uuid.UUID | None = None
    currency: str = "GBP"


class InvalidProfileError(SalesDeskError):
    pass


_COORDS = re.compile(r"^\s*(-?\d{1,3}(?:\.\d+)?)\s*[,; ]\s*(-?\d{1,3}(?:\.\d+)?)\s*$")


def parse_home_base(text: str) -> dict[str, object]:
    """A home base typed as "53.48, -2.24" becomes coordinates; anything else an address.

    Persian and Arabic-Indic digits count as digits.
    """
    normalised = (text or "").translate(_DIGITS).strip()
    match = _COORDS.match(normalised)
    if match:
        lat, lon = float(match.group(1)), float(match.group(2))
        if -90 <= lat <= 90 and -180 <= lon <= 180:
            return {"home_address": None, "home_lat": lat, "home_lon": lon}
    return {"home_address": normalised or None, "home_lat": None, "home_lon": None}


_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٫", "01234567890123456789.")


def get_setting(session: Session, key: str, default: object = None) -> object:
    row = session.scalar(select(Setting).where(Setting.key == key))
    return default if row is None else row.value


def stored_phrases(session: Session, key: str, defaults: Sequence[str]) -> list[str]:
    """A managed list kept in a setting (reasons, tactics), the defaults until edited."""
    value = get_setting(session, key)
    if isinstance(value, list) and value:
        return [str(v) for v in value]
    return list(defaults)


def clean_phrases(items: Sequence[str]) -> list[str]:
    """A managed list as stored: spaces collapsed, blanks and repeats (any case) dropped,
    the order kept."""
    cleaned: dict[str, str] = {}
    for item in items:
        text = " ".join(str(item).split())
        if text and text.casefold() not in cleaned:
            cleaned[text.casefold()] = text
    return list(cleaned.values())


def set_setting(session: Session, key: str, value: object) -> None:
    row = session.scalar(select(Setting).where(Setting.key == key))
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def validate_profile(data: ProfileInput) -> ProfileInput:
    name = (data.name or "").strip()
    if not name:
        raise InvalidProfileError(QT_TRANSLATE_NOOP("Errors", "Please enter your name."))
    if len(name) > 200:
        raise InvalidProfileError(
            QT_TRANSLATE_NOOP("Errors", "The name is longer than 200 characters.")
        )
    if data.monthly_quota is None or not math.isfinite(data.monthly_quota):
        raise InvalidProfileError(
            QT_TRANSLATE_NOOP("Errors", "The monthly quota must be a number.")
        )
    if data.monthly_quota < 0:
        raise InvalidProfileError(
            QT_TRANSLATE_NOOP("Errors", "The monthly quota cannot be negative.")
        )
    if (data.home_lat is None) != (data.home_lon is None):
        raise InvalidProfileError(
            QT_TRANSLATE_NOOP(
                "Errors", "Give both latitude and longitude of the home base, or neither."
            )
        )
    if data.home_lat is not None and not (
        -90 <= data.home_lat <= 90 and -180 <= data.home_lon <= 180
    ):
        raise InvalidProfileError(
            QT_TRANSLATE_NOOP("Errors", "The home base coordinates are outside the valid range.")
        )
    phone = " ".join((data.phone or "").split()) or None
    if phone is not None and len(phone) > 40:
        raise InvalidProfileError(
            QT_TRANSLATE_NOOP("Errors", "The phone number is longer than 40 characters.")
        )
    return ProfileInput(
        name=name,
        role=Role(data.role),
        monthly_quota=float(data.monthly_quota),
        home_address=(data.home_address or "").strip() or None,
        home_lat=data.home_lat,
        home_lon=data.home_lon,
        email=(data.email or "").strip() or None,
        phone=phone,
    )


def _to_profile(user: User) -> Profile:
    return Profile(
        id=user.id,
        name=user.name,
        role=Role(user.role),
        monthly_quota=user.monthly_quota,
        home_address=user.home_address,
        home_lat=user.home_lat,
        home_lon=user.home_lon,
        email=user.email,
        phone=user.phone,
        currency=user.currency or "GBP",
    )


def save_profile(db: Database, data: ProfileInput) -> Profile:
    """Create the local profile, or update it if one exists; it becomes the current user."""
    clean = validate_profile(data)
    with db.write() as session:
        user = _current_user(session)
        if user is None:
            user = User(name=clean.name, role=clean.role)
            session.add(user)
            session.flush()
            set_setting(session, CURRENT_USER_KEY, str(user.id))
        user.name = clean.name
        user.role = clean.role
        user.monthly_quota = clean.monthly_quota
        user.home_address = clean.home_address
        user.home_lat = clean.home_lat
        user.home_lon = clean.home_lon
        user.email = clean.email
        user.phone = clean.phone
        session.flush()
        return _to_profile(user)


def _current_user(session: Session) -> User | None:
    raw = get_setting(session, CURRENT_USER_KEY)
    if not raw:
        return None
    return session.get(User, uuid.UUID(str(raw)))


def current_profile(db: Database) -> Profile | None:
    with db.read() as session:
        user = _current_user(session)
        return None if user is None else _to_profile(user)


def _mapping_from(raw: object) -> dict[Role, tuple[Process, ...]]:
    mapping = dict(DEFAULT_ROLE_PROCESSES)
    if isinstance(raw, dict):
        for role_name, names in raw.items():
            if role_name in Role._value2member_map_ and isinstance(names, list):
                chosen = {Process(n) for n in names if n in Process._value2member_map_}
                mapping[Role(role_name)] = tuple(p for p in Process if p in chosen | ALWAYS_VISIBLE)
    return mapping


def role_processes(db: Database) -> dict[Role, tuple[Process, ...]]:
    """Which processes each role sees: the defaults, overridden by the manager's choice."""
    with db.read() as session:
        return _mapping_from(get_setting(session, ROLE_PROCESSES_KEY))


def visible_processes(db: Database, role: Role) -> tuple[Process, ...]:
    return role_processes(db)[Role(role)]


def set_role_processes(
    db: Database, actor: Profile, mapping: dict[Role, tuple[Process, ...]]
) -> dict[Role, tuple[Process, ...]]:
    """A sales manager changes which processes each role sees."""
    if actor.role != Role.SALES_MANAGER:
        raise PermissionError("Only a sales manager can change which processes each role sees.")
    raw = {
        Role(role).value: [p.value for p in Process if p in set(procs) | ALWAYS_VISIBLE]
        for role, procs in mapping.items()
    }
    with db.write() as session:
        merged = dict(get_setting(session, ROLE_PROCESSES_KEY, {}) or {})
        merged.update(raw)
        set_setting(session, ROLE_PROCESSES_KEY, merged)
        return _mapping_from(merged)
