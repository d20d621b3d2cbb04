"""Definitions every deal figure shares: open, won and lost; forecast categories; months
and their weeks.

A deal is open while its stage is neither won nor lost. Its forecast category is the
one a rep set, else it follows the stage's probability: 70% or more is commit, 40% or
more best case, below that pipeline. Weeks start on Monday; a month's weeks are the
Mondays from the one on or before its first day.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import and_, or_
from sqlalchemy.sql.elements import ColumnElement

from ..domain import ForecastCategory
from ..models import PipelineStage

COMMIT_FROM = 70.0
BEST_CASE_FROM = 40.0


def category_of(explicit: str | None, probability: float | None) -> ForecastCategory:
    """The forecast category of an open deal."""
    if explicit:
        try:
            return ForecastCategory(explicit)
        except ValueError:
            pass
    p = probability or 0.0
    if p >= COMMIT_FROM:
        return ForecastCategory.COMMIT
    if p >= BEST_CASE_FROM:
        return ForecastCategory.BEST_CASE
    return ForecastCategory.PIPELINE


def open_stage() -> ColumnElement[bool]:
    """SQL: the joined PipelineStage is open (neither won nor lost)."""
    return and_(PipelineStage.is_won.is_(False), PipelineStage.is_lost.is_(False))


def closed_stage() -> ColumnElement[bool]:
    return or_(PipelineStage.is_won.is_(True), PipelineStage.is_lost.is_(True))


def month_start(day: date) -> date:
    return day.replace(day=1)


def next_month(day: date) -> date:
    first = day.replace(day=1)
    return (first + timedelta(days=32)).replace(day=1)


def week_start(day: date) -> date:
    """The Monday of `day`'s week."""
    return day - timedelta(days=day.weekday())


def weeks_of(month: date) -> list[date]:
    """The Mondays of the weeks that touch `month`, first to last."""
    first, end = month_start(month), next_month(month)
    monday = week_start(first)
    weeks = []
    while monday < end:
        weeks.append(monday)
        monday += timedelta(days=7)
    return weeks
