"""Deterministic demo data: a field sales team around Greater Manchester.

    from salesdesk.core.demo import generate
    summary = generate(db, accounts=400, seed=7)

No Qt here; the UI runs generate() on a worker with progress and cancel callbacks.
"""

from .context import DemoCancelled
from .generator import MAX_ACCOUNTS, DemoDataExists, DemoSummary, generate

__all__ = ["MAX_ACCOUNTS", "DemoCancelled", "DemoDataExists", "DemoSummary", "generate"]
