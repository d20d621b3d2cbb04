"""CLI subcommands, one module each: add_parser(subparsers) and run(ctx, args)."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable


def whole_number(low: int, high: int | None, what: str) -> Callable[[str], int]:
    """An argparse type: a whole number from `low` to `high` (None: no upper bound)."""

    def parse(text: str) -> int:
        try:
            n = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a whole number, not {text!r}") from None
        if n < low or (high is not None and n > high):
            bound = f"from {low} to {high}" if high is not None else f"{low} or more"
            raise argparse.ArgumentTypeError(f"{what} must be {bound}")
        return n

    return parse


def add_osrm_option(parser: argparse.ArgumentParser) -> None:
    """--osrm URL: road times from the user's OSRM server; offline straight-line without."""
    parser.add_argument(
        "--osrm",
        metavar="URL",
        default=os.environ.get("SALESDESK_OSRM_URL"),
        help="road times from this OSRM server (default $SALESDESK_OSRM_URL; without one, "
        "straight-line times, fully offline)",
    )


def clean_text(text: str) -> str:
    """Text from imports and other people, safe on a terminal: control characters (escape
    sequences, carriage returns) become spaces."""
    import unicodedata

    return "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text)


def fit_text(text: str, width: int) -> str:
    """`text` on one line, cut with an ellipsis to `width` and padded to it."""
    text = " ".join(clean_text(text).split())
    return (text[: width - 1] + "…" if len(text) > width else text).ljust(width)
