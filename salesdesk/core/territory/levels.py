"""Pareto (ABC) attention levels from scores: pure functions, no database."""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence

from ..domain import AttentionLevel

Shares = tuple[float, float, float]  # A, B, C shares of the total score; D is the rest
DEFAULT_SHARES: Shares = (0.5, 0.3, 0.15)
# Plain strings: reading an enum member's .value costs a call per account.
_A, _B, _C, _D = (level.value for level in AttentionLevel)
_TOLERANCE = 1e-9


class ParetoLevels:
    """Hands out levels to accounts met best first, within each owner's book.

    Per owner because a rep plans their own weeks: one big territory elsewhere must not
    push all of a small territory's accounts down to D. A level goes by the book's
    cumulative share *before* the account, so the account that crosses a threshold
    still belongs to the better level (A is never empty while anything scores), and a
    score of 0 (nothing to gain) is always D.
    """

    def __init__(self, totals: Mapping[Hashable, float], shares: Shares = DEFAULT_SHARES):
        self._totals = dict(totals)
        self._before: dict[Hashable, float] = dict.fromkeys(self._totals, 0.0)
        # A share exactly on a threshold belongs to the next level; the tolerance keeps
        # 0.5 + 0.3 (0.7999...) from deciding that instead of the arithmetic.
        self._a = shares[0] - _TOLERANCE
        self._b = shares[0] + shares[1] - _TOLERANCE
        self._c = shares[0] + shares[1] + shares[2] - _TOLERANCE

    def __call__(self, owner: Hashable, score: float) -> str:
        before = self._before[owner]
        self._before[owner] = before + score
        total = self._totals[owner]
        if score <= 0 or total <= 0:
            return _D
        share = before / total
        if share < self._a:
            return _A
        if share < self._b:
            return _B
        return _C if share < self._c else _D


def pareto_levels(scores: Sequence[float], shares: Shares = DEFAULT_SHARES) -> list[str]:
    """Levels for one book's scores sorted best first."""
    level = ParetoLevels({None: sum(scores)}, shares)
    return [level(None, s) for s in scores]
