"""The company's own details, kept with the data: what a proposal prints as its sender.

One setting (SETTING_KEY) holds them all; the logo is the image file's bytes in base64
(at most LOGO_MAX_BYTES, and LOGO_MAX_PIXELS a side), checked to be a PNG, JPEG or GIF
that reportlab can draw when it is set, so a PDF never fails or crawls on it later.
Only a sales manager changes them.
"""

from __future__ import annotations

import base64
import binascii
import io
import math
import warnings
from dataclasses import asdict, dataclass, replace

from sqlalchemy.orm import Session

from .db import Database
from .errors import SalesDeskError
from .i18n import QT_TRANSLATE_NOOP
from .workspace import get_setting, set_setting

SETTING_KEY = "company"
LOGO_MAX_BYTES = 1024 * 1024
LOGO_MAX_PIXELS = 4000  # per side: a logo prints 52 × 20 mm, this is plenty at 1200 dpi
TEXT_MAX = 300
ADDRESS_MAX = 1000
TERMS_MAX = 8000  # characters: the company's default terms and a proposal's own
PREFIX_MAX = 10
DEFAULT_TERMS = (
    "Prices exclude any item not listed. Payment within 30 days of invoice. "
    "This quote is valid until the date shown; after it, prices may change."
)

NOT_AN_IMAGE = QT_TRANSLATE_NOOP(
    "Errors", "The logo must be a PNG, JPEG or GIF image; this file is not one."
)

TERMS_TOO_LONG = QT_TRANSLATE_NOOP(
    "Errors", "The terms have {length} characters; keep them to {limit}."
)


class CompanyError(SalesDeskError):
    """Bad company settings; `field` names the form field."""

    def __init__(self, field: str, template: str, **params: object) -> None:
        self.field = field
        super().__init__(template, **params)


@dataclass(frozen=True)
class Company:
    name: str = ""
    address: str = ""  # several lines
    email: str = ""
    phone: str = ""
    website: str = ""
    tax_id: str = ""
    logo: str | None = None  # base64 of the image file
    tax_pct: float = 0.0
    validity_days: int = 30
    terms: str = DEFAULT_TERMS
    number_prefix: str = "Q"

    @property
    def logo_bytes(self) -> bytes | None:
        return base64.b64decode(self.logo) if self.logo else None


def _from_stored(value: object) -> Company:
    """The stored settings over the defaults; a value of the wrong type is ignored."""
    company = Company()
    if not isinstance(value, dict):
        return company
    defaults = asdict(company)
    kept = {}
    for key, default in defaults.items():
        stored = value.get(key)
        if key == "logo":
            kept[key] = stored if isinstance(stored, str) and stored else None
        elif isinstance(default, str) and isinstance(stored, str):
            kept[key] = stored
        elif isinstance(default, float) and isinstance(stored, int | float):
            kept[key] = float(stored)
        elif isinstance(default, int) and isinstance(stored, int) and not isinstance(stored, bool):
            kept[key] = stored
    return replace(company, **kept)


def company_in(s: Session) -> Company:
    return _from_stored(get_setting(s, SETTING_KEY))


def company(db: Database) -> Company:
    """The company settings (the defaults until a manager saves them)."""
    with db.read() as s:
        return company_in(s)


def check_logo(data: bytes) -> str:
    """`data` as the stored logo (base64); CompanyError if it is too big or no image."""
    if len(data) > LOGO_MAX_BYTES:
        raise CompanyError(
            "logo",
            QT_TRANSLATE_NOOP("Errors", "The logo is {size} KB; choose an image of at most 1 MB."),
            size=math.ceil(len(data) / 1024),
        )
    from PIL import Image

    too_large = CompanyError(
        "logo",
        QT_TRANSLATE_NOOP(
            "Errors", "The logo is larger than {limit} × {limit} pixels; choose a smaller image."
        ),
        limit=LOGO_MAX_PIXELS,
    )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            # The size comes from the header, nothing is decoded: a few KB can hold a
            # 12000 × 8000 image that takes seconds and a GB in every PDF.
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
                kind = image.format
                if width > LOGO_MAX_PIXELS or height > LOGO_MAX_PIXELS:
                    raise too_large
                image.verify()  # a truncated or damaged file fails here
        if kind not in ("PNG", "JPEG", "GIF"):
            raise ValueError(kind)
    except CompanyError:
        raise
    except (Image.DecompressionBombWarning, Image.DecompressionBombError) as exc:
        raise too_large from exc
    except Exception as exc:  # PIL raises many kinds; all mean "not a usable image"
        raise CompanyError("logo", NOT_AN_IMAGE) from exc
    try:
        from reportlab.lib.utils import ImageReader

        width, height = ImageReader(io.BytesIO(data)).getSize()
        if width < 1 or height < 1:
            raise ValueError("empty")
    except Exception as exc:
        raise CompanyError("logo", NOT_AN_IMAGE) from exc
    return base64.b64encode(data).decode("ascii")


def _text(field: str, value: str, limit: int) -> str:
    cleaned = (value or "").replace("\r\n", "\n").strip()
    if len(cleaned) > limit:
        raise CompanyError(
            field,
            QT_TRANSLATE_NOOP("Errors", "Keep this to {limit} characters."),
            limit=limit,
        )
    return cleaned


def _terms(value: str) -> str:
    cleaned = (value or "").replace("\r\n", "\n").strip()
    if len(cleaned) > TERMS_MAX:
        raise CompanyError("terms", TERMS_TOO_LONG, length=len(cleaned), limit=TERMS_MAX)
    return cleaned


def validate_company(data: Company) -> Company:
    """`data` cleaned (spaces trimmed, one-line fields on one line); CompanyError with
    the field on bad input."""
    one_line = {
        key: " ".join(_text(key, getattr(data, key), TEXT_MAX).split())
        for key in ("name", "email", "phone", "website", "tax_id")
    }
    prefix = " ".join((data.number_prefix or "").split())
    if not prefix or len(prefix) > PREFIX_MAX or not all(ch.isalnum() for ch in prefix):
        raise CompanyError(
            "number_prefix",
            QT_TRANSLATE_NOOP(
                "Errors", "The quote number prefix is 1 to {limit} letters or digits, such as Q."
            ),
            limit=PREFIX_MAX,
        )
    tax = float(data.tax_pct)
    if not math.isfinite(tax) or not 0 <= tax <= 100:
        raise CompanyError(
            "tax_pct", QT_TRANSLATE_NOOP("Errors", "The tax rate must be from 0 to 100%.")
        )
    days = int(data.validity_days)
    if not 1 <= days <= 365:
        raise CompanyError(
            "validity_days",
            QT_TRANSLATE_NOOP("Errors", "A quote is valid for 1 to 365 days."),
        )
    if data.logo:
        try:
            raw = base64.b64decode(data.logo, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise CompanyError("logo", NOT_AN_IMAGE) from exc
        check_logo(raw)
    return replace(
        data,
        **one_line,
        address=_text("address", data.address, ADDRESS_MAX),
        terms=_terms(data.terms),
        number_prefix=prefix,
        tax_pct=tax,
        validity_days=days,
        logo=data.logo or None,
    )


def save_company(db: Database, data: Company) -> Company:
    """Store the company settings in one transaction; nothing is stored on bad input."""
    cleaned = validate_company(data)
    with db.write() as s:
        set_setting(s, SETTING_KEY, asdict(cleaned))
    return cleaned


def set_logo(db: Database, data: bytes | None) -> Company:
    """Replace (or with None clear) the logo alone; CompanyError and nothing stored if
    `data` is not a usable image of at most 1 MB."""
    encoded = check_logo(data) if data is not None else None
    with db.write() as s:
        updated = replace(company_in(s), logo=encoded)
        set_setting(s, SETTING_KEY, asdict(updated))
        return updated
