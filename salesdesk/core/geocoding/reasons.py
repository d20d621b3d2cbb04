"""Why an account waits in the geocoding queue.

The reason codes stored in the queue, their sentences for the user (marked for
translation, context "Geocoding"), which of them a later online retry may fix, and
`status_text`, which turns a reason and a number of attempts into one line.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from ..i18n import QT_TRANSLATE_NOOP


class GeocodeReason(StrEnum):
    """Why an account is waiting in the queue (stored as text)."""

    TIMEOUT = "timeout"  # the service did not answer in time
    RATE_LIMITED = "rate_limited"  # quota exceeded / HTTP 429
    UNAVAILABLE = "unavailable"  # offline, connection refused, server error
    NOT_FOUND = "not_found"  # the service answered with nothing usable
    REFUSED = "refused"  # 401/403: wrong address of the service or user agent
    ERROR = "error"  # anything else the service or geopy reported
    OFFLINE = "offline"  # a service is configured, but this run was offline
    NO_SERVICE = "no_service"  # no service configured and the gazetteer does not know it
    NO_ADDRESS = "no_address"  # nothing to look up (no street, postal code or city)


REASON_TEXTS: dict[str, str] = {
    GeocodeReason.TIMEOUT: QT_TRANSLATE_NOOP(
        "Geocoding", "the geocoding service did not answer in time"
    ),
    GeocodeReason.RATE_LIMITED: QT_TRANSLATE_NOOP(
        "Geocoding", "the geocoding service asked SalesDesk to slow down"
    ),
    GeocodeReason.UNAVAILABLE: QT_TRANSLATE_NOOP(
        "Geocoding", "the geocoding service could not be reached"
    ),
    GeocodeReason.NOT_FOUND: QT_TRANSLATE_NOOP(
        "Geocoding", "the geocoding service did not find this address"
    ),
    GeocodeReason.REFUSED: QT_TRANSLATE_NOOP(
        "Geocoding",
        "the geocoding service refused the request (check its address and the user agent)",
    ),
    GeocodeReason.ERROR: QT_TRANSLATE_NOOP("Geocoding", "the geocoding service reported an error"),
    GeocodeReason.OFFLINE: QT_TRANSLATE_NOOP(
        "Geocoding", "not looked up online yet (working offline)"
    ),
    GeocodeReason.NO_SERVICE: QT_TRANSLATE_NOOP(
        "Geocoding",
        "no geocoding service is set up and the built-in list of places does not know the city",
    ),
    GeocodeReason.NO_ADDRESS: QT_TRANSLATE_NOOP(
        "Geocoding", "the account has no street, postal code or city to look up"
    ),
}
WAITING = QT_TRANSLATE_NOOP("Geocoding", "Waiting: {reason}")
WAITING_ONE = QT_TRANSLATE_NOOP("Geocoding", "Waiting: {reason} (1 attempt)")
WAITING_MANY = QT_TRANSLATE_NOOP("Geocoding", "Waiting: {reason} ({attempts} attempts)")
NEEDS_INPUT = QT_TRANSLATE_NOOP("Geocoding", "Needs a location: {reason}")
# Reasons a later online retry may fix on its own; the others need the user.
RETRYABLE = frozenset(
    {
        GeocodeReason.TIMEOUT,
        GeocodeReason.RATE_LIMITED,
        GeocodeReason.UNAVAILABLE,
        GeocodeReason.NOT_FOUND,
        GeocodeReason.REFUSED,
        GeocodeReason.ERROR,
        GeocodeReason.OFFLINE,
    }
)


def _identity(_context: str, text: str) -> str:
    return text


def status_text(
    reason: str | None,
    attempts: int = 0,
    translate: Callable[[str, str], str] = _identity,
) -> str:
    """The reason as a sentence: "Waiting: the service did not answer in time (3 attempts)".

    `translate(context, text)` is QCoreApplication.translate in the window; the default
    leaves the English text.
    """
    if not reason:
        return ""
    reason_text = translate("Geocoding", REASON_TEXTS.get(reason, REASON_TEXTS["error"]))
    if reason not in RETRYABLE:
        template = NEEDS_INPUT
    else:
        template = WAITING if attempts <= 0 else WAITING_ONE if attempts == 1 else WAITING_MANY
    return translate("Geocoding", template).format(reason=reason_text, attempts=attempts)
