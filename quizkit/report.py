"""Statistics for people: a 7-day forecast as bars and a year of activity as a heatmap.

Pure text rendering of :class:`~quizkit.store.types.Stats`; the CLI prints it.
Colour is plain ANSI SGR and only an accent: every number is also written out
and the heatmap's shades are characters, so the report reads the same with
``NO_COLOR``, in a pipe, or pasted into an issue. Nothing here imports
prompt-toolkit, so ``quizkit stats`` starts fast.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from quizkit.words import plural

if TYPE_CHECKING:
    from quizkit.store.types import Stats

__all__ = ["render_stats"]

# Shade by activity level: none, then four quartiles of the busiest day.
_SHADES = "·░▒▓█"
_SHADE_COLOURS = ("2", "32", "32", "1;32", "1;92")
_BAR = "█"
_MIN_WIDTH = 60  # the summary lines need 57 columns
_MAX_WIDTH = 100


def _paint(text: str, sgr: str, color: bool) -> str:
    return f"\x1b[{sgr}m{text}\x1b[0m" if color and text else text


def _summary(stats: Stats, color: bool) -> list[str]:
    retention = "–" if stats.retention is None else f"{stats.retention:.0%}"

    def cell(label: str, value: str) -> str:
        return f"{label} {_paint(value, '1', color)}"

    return [
        _paint(f"{stats.learner} — study day {stats.today:%a %d %b %Y}", "1", color),
        "  "
        + "   ".join(
            [
                cell("due today  ", f"{stats.due_today:>4}"),
                cell("reviewed today", f"{stats.reviews_today:>4}"),
                cell("new today", f"{stats.new_today:>3}"),
            ]
        ),
        "  "
        + "   ".join(
            [
                cell("all reviews", f"{stats.reviews_total:>4}"),
                cell("retention 30 d", f"{retention:>4}"),
                cell("streak", plural(stats.streak_days, "day")),
            ]
        ),
    ]


def _bars(forecast: dict[dt.date, int], today: dt.date, width: int, color: bool) -> list[str]:
    """One bar per day; the busiest day fills ``width``, any non-zero day shows one block."""
    peak = max(forecast.values(), default=0) or 1
    lines = []
    for day, n in sorted(forecast.items()):
        label = "today" if day == today else f"{day:%a %d}"
        length = max(1 if n else 0, round(n / peak * width))
        bar = _paint(_BAR * length, "36", color)
        lines.append(f"  {label:<6} {bar}{' ' * (width - length)} {n:>4}")
    return lines


def _level(n: int, peak: int) -> int:
    """0 for no reviews, else 1..4 by quartile of the busiest day."""
    return 0 if n <= 0 else 1 + min(3, (n * 4 - 1) // peak)


def _heatmap(activity: dict[dt.date, int], today: dt.date, weeks: int, color: bool) -> list[str]:
    """Rows are weekdays (Mon..Sun), columns are weeks, oldest on the left, months on top."""
    start = today - dt.timedelta(days=today.weekday()) - dt.timedelta(weeks=weeks - 1)
    peak = max(activity.values(), default=0) or 1
    months = [" "] * weeks
    previous = None
    for week in range(weeks):
        monday = start + dt.timedelta(weeks=week)
        # A label needs three free columns after a gap; one that does not fit goes unnamed.
        free = all(c == " " for c in months[max(0, week - 1) : week + 3])
        if monday.month != previous and week + 3 <= weeks and free:
            months[week : week + 3] = list(f"{monday:%b}")
        previous = monday.month
    rows = ["    " + "".join(months).rstrip()]
    for weekday in range(7):
        cells = []
        for week in range(weeks):
            day = start + dt.timedelta(weeks=week, days=weekday)
            if day > today:
                cells.append(" ")
                continue
            level = _level(activity.get(day, 0), peak)
            cells.append(_paint(_SHADES[level], _SHADE_COLOURS[level], color))
        rows.append(f"  {'MTWTFSS'[weekday]} " + "".join(cells).rstrip())
    legend = " ".join(_paint(s, c, color) for s, c in zip(_SHADES, _SHADE_COLOURS, strict=True))
    busiest = max(activity.values(), default=0)
    said = f"busiest day: {plural(busiest, 'review')}" if busiest else "no reviews yet"
    rows.append(f"    less {legend} more   ({said})")
    return rows


def render_stats(stats: Stats, *, color: bool = False, width: int = 80) -> str:
    """Stats as text for a terminal ``width`` columns wide (laid out for 60 and more)."""
    width = max(_MIN_WIDTH, min(_MAX_WIDTH, width))
    weeks = min(53, width - 6)
    lines = [
        *_summary(stats, color),
        "",
        _paint("Due in the next 7 days", "1", color),
        *_bars(stats.forecast, stats.today, max(10, min(40, width - 16)), color),
        "",
        _paint(f"Reviews, last {weeks} weeks", "1", color),
        *_heatmap(stats.activity, stats.today, weeks, color),
    ]
    return "\n".join(lines)
