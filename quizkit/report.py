"""Statistics for people: a 7-day forecast as bars and a year of activity as a heatmap.

Pure text rendering of :class:`~quizkit.store.types.Stats`; the CLI prints it.
"""

from __future__ import annotations

import datetime as dt

from quizkit.store.types import Stats

__all__ = ["render_stats"]

_SHADES = " ░▒▓█"
_BAR = "█"


def _bars(forecast: dict[dt.date, int], width: int) -> list[str]:
    peak = max(forecast.values(), default=0) or 1
    lines = []
    for day, n in sorted(forecast.items()):
        bar = _BAR * max(1 if n else 0, round(n / peak * width))
        lines.append(f"  {day:%a %d %b}  {bar:<{width}} {n}")
    return lines


def _heatmap(activity: dict[dt.date, int], today: dt.date, weeks: int) -> list[str]:
    """Rows are weekdays (Mon..Sun), columns are weeks, oldest on the left."""
    start = today - dt.timedelta(days=today.weekday()) - dt.timedelta(weeks=weeks - 1)
    peak = max(activity.values(), default=0) or 1
    rows = []
    for weekday in range(7):
        cells = []
        for week in range(weeks):
            day = start + dt.timedelta(weeks=week, days=weekday)
            if day > today:
                cells.append(" ")
                continue
            n = activity.get(day, 0)
            level = 0 if n == 0 else 1 + min(3, (n * 4 - 1) // peak)
            cells.append(_SHADES[level] if n else "·")
        rows.append(f"  {'MTWTFSS'[weekday]} " + "".join(cells))
    return rows


def render_stats(stats: Stats, *, color: bool = False, width: int = 80) -> str:
    """Stats as text for a terminal ``width`` columns wide (60 works)."""
    del color  # plain characters read well with and without colour
    retention = "–" if stats.retention is None else f"{stats.retention:.0%}"
    lines = [
        f"{stats.learner} — study day {stats.today.isoformat()}",
        f"  due today {stats.due_today}   reviewed today {stats.reviews_today}   "
        f"new today {stats.new_today}",
        f"  reviews in all {stats.reviews_total}   retention (30 days) {retention}   "
        f"streak {stats.streak_days} day{'s' if stats.streak_days != 1 else ''}",
        "",
        "Next 7 days",
        *_bars(stats.forecast, max(10, min(40, width - 24))),
        "",
        "Activity",
        *_heatmap(stats.activity, stats.today, weeks=max(8, min(53, width - 6))),
    ]
    return "\n".join(lines)
