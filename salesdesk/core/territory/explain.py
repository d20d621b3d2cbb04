"""Score breakdowns in words: compact money and plain-English phrases, no markup.

English only: the UI builds its own translated sentence from the numbers in
`RankedAccount` (parts, days_since_visit, open_pipeline); this text serves the CLI,
JSON exports and logs.
"""

from __future__ import annotations

CURRENCY_SYMBOLS = {"GBP": "£", "EUR": "€", "USD": "$"}


def compact_money(value: float, currency: str = "GBP") -> str:
    """£850, £8.5k, £340k, £1.2M, £3.4bn: the figure a rep reads at a glance."""
    symbol = CURRENCY_SYMBOLS.get(currency, currency + " ")
    sign = "-" if value < 0 else ""
    v = abs(value)
    # Thresholds sit just below the next unit so rounding never prints "£1000k".
    if v >= 999_950_000:
        text = _short(v / 1e9) + "bn"
    elif v >= 999_950:
        text = _short(v / 1e6) + "M"
    elif v >= 999.5:
        text = _short(v / 1e3) + "k"
    else:
        text = f"{v:.0f}"
    return f"{sign}{symbol}{text}"


def _short(x: float) -> str:
    # One decimal below 10 (£1.2M), whole numbers above (£340k); never "£2.0M".
    text = f"{x:.1f}" if x < 9.95 else f"{x:.0f}"
    return text.removesuffix(".0")


def visit_phrase(days: int | None) -> str:
    if days is None:
        return "never visited"
    if days == 0:
        return "last visit today"
    if days == 1:
        return "last visit yesterday"
    return f"last visit {days} days ago"


def explanation(
    kind: str,
    potential: float,
    revenue: float,
    days_since_visit: int | None,
    open_pipeline: float,
    currency: str = "GBP",
) -> str:
    """E.g. "customer, potential £1.2M, 35% share of wallet, last visit 41 days ago,
    open pipeline £40k (weighted)"."""
    words = [kind, f"potential {compact_money(potential, currency)}"]
    if kind == "customer" and potential > 0:
        words.append(f"{round(100 * revenue / potential)}% share of wallet")
    elif kind == "customer":
        words.append(f"revenue {compact_money(revenue, currency)}, no potential estimated")
    words.append(visit_phrase(days_since_visit))
    if open_pipeline > 0:
        words.append(f"open pipeline {compact_money(open_pipeline, currency)} (weighted)")
    else:
        words.append("no open pipeline")
    return ", ".join(words)
