"""Contacts from a phone or mail program: a .vcf file (vCard 2.1, 3.0 or 4.0) as a table.

Each card becomes a row under the contacts' own field keys, so the importer maps it with
no mapping and matches a re-import on the card's UID (source_id). vCard 2.1 exports from
phones often carry QUOTED-PRINTABLE values: they are decoded. Values are unescaped
(\\n, \\, \\; \\\\); N gives last and first name, else FN is split at its last space.
"""

from __future__ import annotations

import quopri
import re
from pathlib import Path

HEADERS = ["source_id", "first_name", "last_name", "title", "email", "phone", "account_name"]
VCARD_SUFFIXES = (".vcf", ".vcard")
_UNESCAPE = re.compile(r"\\(.)", re.DOTALL)
_SPLIT = re.compile(r"(?<!\\);")


def looks_like_vcard(path: Path, data: bytes) -> bool:
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:11].upper()
    return head == b"BEGIN:VCARD" or path.suffix.lower() in VCARD_SUFFIXES


def decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def cards(text: str) -> list[dict[str, list[tuple[dict[str, str], str]]]]:
    """Each card as {NAME: [(params, raw value), ...]}, lines unfolded."""
    out: list[dict] = []
    current: dict | None = None
    for line in _unfolded(text):
        name, params, value = _content_line(line)
        if name == "BEGIN" and value.upper() == "VCARD":
            current = {}
        elif name == "END" and value.upper() == "VCARD":
            if current is not None:
                out.append(current)
            current = None
        elif current is not None and name:
            current.setdefault(name, []).append((params, _decoded(params, value)))
    return out


def rows(text: str) -> list[list[str]]:
    result = []
    for card in cards(text):
        first, last = _names(card)
        uid = _first(card, "UID")
        result.append(
            [
                re.sub(r"^urn:uuid:", "", uid, flags=re.I),
                first,
                last,
                _first(card, "TITLE"),
                _first(card, "EMAIL"),
                re.sub(r"^tel:", "", _first(card, "TEL"), flags=re.I),
                _split(_first(card, "ORG", raw=True))[0] if "ORG" in card else "",
            ]
        )
    return result


def _unfolded(text: str) -> list[str]:
    lines: list[str] = []
    for raw in re.split(r"\r\n|\r|\n", text):
        if raw[:1] in (" ", "\t") and lines:
            lines[-1] += raw[1:]
        elif lines and lines[-1].endswith("=") and "QUOTED-PRINTABLE" in lines[-1].upper():
            lines[-1] = lines[-1][:-1] + raw  # a quoted-printable soft line break
        else:
            lines.append(raw)
    return [line for line in lines if line.strip()]


def _content_line(line: str) -> tuple[str, dict[str, str], str]:
    head, sep, value = line.partition(":")
    if not sep:
        return "", {}, ""
    parts = head.split(";")
    name = parts[0].split(".")[-1].strip().upper()  # drop a group prefix ("item1.EMAIL")
    params: dict[str, str] = {}
    for p in parts[1:]:
        key, eq, val = p.partition("=")
        params[key.strip().upper()] = val.strip().strip('"') if eq else key.strip().upper()
    return name, params, value


def _decoded(params: dict[str, str], value: str) -> str:
    if params.get("ENCODING", "").upper() == "QUOTED-PRINTABLE" or "QUOTED-PRINTABLE" in params:
        charset = params.get("CHARSET", "utf-8")
        try:
            return quopri.decodestring(value.encode("ascii", "replace")).decode(charset, "replace")
        except LookupError:
            return quopri.decodestring(value.encode("ascii", "replace")).decode("utf-8", "replace")
    return value


def _unescape(value: str) -> str:
    return _UNESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _split(value: str) -> list[str]:
    return [_unescape(part).strip() for part in _SPLIT.split(value)]


def _first(card: dict, name: str, raw: bool = False) -> str:
    values = card.get(name) or []
    if not values:
        return ""
    return values[0][1] if raw else _unescape(values[0][1]).strip()


def _names(card: dict) -> tuple[str, str]:
    if "N" in card:
        parts = [*_split(_first(card, "N", raw=True)), "", ""]
        if parts[0] or parts[1]:
            return parts[1], parts[0]
    full = _first(card, "FN")
    first, _, last = full.rpartition(" ")
    return (first, last) if first else ("", full)
