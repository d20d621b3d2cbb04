"""Why a call action was refused, and which field of the form to point at."""

from __future__ import annotations

from ..errors import SalesDeskError


class CallInputError(SalesDeskError):
    """Bad input for a call action. `field` names the form field the message belongs to
    ("account", "start", "duration", "check_out", "reviewer"...), so the form can show it
    inline, next to what the user typed, and keep every word."""

    def __init__(self, field: str, template: str, **params: object) -> None:
        self.field = field
        super().__init__(template, **params)


def live_call(session, call_id):
    """The call `call_id`, refused with a readable error if it was deleted meanwhile."""
    from ..i18n import QT_TRANSLATE_NOOP
    from ..models import Call

    call = session.get(Call, call_id)
    if call is None or call.deleted_at is not None:
        raise CallInputError(
            "call", QT_TRANSLATE_NOOP("Errors", "This call was deleted meanwhile.")
        )
    return call
