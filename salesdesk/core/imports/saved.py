"""Custom column mappings saved by name, per record type, in the settings table."""

from __future__ import annotations

from ..db import Database
from ..errors import SalesDeskError
from ..i18n import QT_TRANSLATE_NOOP
from ..workspace import get_setting, set_setting
from .mapping import FIELDS, RecordType

SETTING_KEY = "imports.saved_mappings"  # {record_type: {name: {header: field}}}


class InvalidMappingError(SalesDeskError):
    pass


def save_mapping(
    db: Database, name: str, record_type: RecordType | str, mapping: dict[str, str | None]
) -> None:
    """Save (or replace) a mapping under `name`; columns mapped to nothing are dropped."""
    rt = RecordType(record_type)
    name = " ".join((name or "").split())
    if not name:
        raise InvalidMappingError(QT_TRANSLATE_NOOP("Errors", "Please name the mapping."))
    keys = {f.key for f in FIELDS[rt]}
    unknown = sorted({k for k in mapping.values() if k and k not in keys})
    if unknown:
        raise InvalidMappingError(
            QT_TRANSLATE_NOOP("Errors", "{fields} cannot be imported into {record_type}."),
            fields=", ".join(unknown),
            record_type=rt.value,
        )
    with db.write() as s:
        stored = get_setting(s, SETTING_KEY, None)
        stored = dict(stored) if isinstance(stored, dict) else {}
        by_type = dict(stored.get(rt.value) or {})
        by_type[name] = {str(h): k for h, k in mapping.items() if k}
        stored[rt.value] = by_type
        set_setting(s, SETTING_KEY, stored)
        s.info["changed"].add("settings")


def saved_mappings(db: Database, record_type: RecordType | str) -> dict[str, dict[str, str]]:
    """The saved mappings of a record type by name, sorted by name."""
    rt = RecordType(record_type)
    with db.read() as s:
        stored = get_setting(s, SETTING_KEY, None)
    by_type = stored.get(rt.value, {}) if isinstance(stored, dict) else {}
    return {name: dict(by_type[name]) for name in sorted(by_type, key=str.casefold)}
