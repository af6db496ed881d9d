"""``quizkit stats`` for people: forecast bars, the activity heatmap, colour and NO_COLOR."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest

from quizkit.cli import main
from quizkit.report import render_stats
from quizkit.store.types import Stats

TODAY = dt.date(2026, 11, 22)  # a Sunday
SGR = re.compile(r"\x1b\[[0-9;]*m")


def stats(**changes: object) -> Stats:
    values: dict[str, Any] = {
        "learner": "ann",
        "today": TODAY,
        "due_today": 12,
        "new_today": 5,
        "reviews_today": 30,
        "reviews_total": 1234,
        "retention": 0.8734,
        "streak_days": 4,
        "forecast": {TODAY + dt.timedelta(days=i): n for i, n in enumerate([12, 3, 0, 24])},
        "activity": {TODAY: 40, TODAY - dt.timedelta(days=1): 10, dt.date(2026, 1, 5): 20},
    }
    values.update(changes)
    return Stats(**values)


def test_summary_numbers() -> None:
    lines = render_stats(stats(), width=60).splitlines()
    assert lines[0] == "ann — study day Sun 22 Nov 2026"
    assert re.fullmatch(r"  due today +12 +reviewed today +30 +new today +5", lines[1])
    assert re.fullmatch(r"  all reviews 1234 +retention 30 d +87% +streak 4 days", lines[2])
    no_history = render_stats(stats(retention=None, streak_days=1), width=60)
    assert "retention 30 d    –" in no_history
    assert "streak 1 day" in no_history


def test_forecast_bars_scale_to_the_busiest_day() -> None:
    text = render_stats(stats(), width=60)
    bars = {
        m["day"]: (len(m["bar"]), int(m["n"]))
        for m in re.finditer(r"^  (?P<day>today|\w{3} \d\d) +(?P<bar>█*) +(?P<n>\d+)$", text, re.M)
    }
    assert bars == {"today": (20, 12), "Mon 23": (5, 3), "Tue 24": (0, 0), "Wed 25": (40, 24)}


def test_heatmap_places_days_by_weekday_and_week() -> None:
    lines = render_stats(stats(), width=60).splitlines()
    start = lines.index("Reviews, last 53 weeks")
    months, rows = lines[start + 1], lines[start + 2 : start + 9]
    assert [row[2] for row in rows] == list("MTWTFSS")
    assert rows[6].endswith("█")  # Sunday, this week: the busiest day
    assert rows[5].endswith("░")  # Saturday: a quarter of it
    assert rows[0][-1] == "·"  # Monday of this week: nothing
    # 53 columns of weeks; the first starts on Monday 17 Nov 2025.
    jan5 = 4 + (dt.date(2026, 1, 5) - dt.date(2025, 11, 17)).days // 7  # the first Monday
    assert rows[0][jan5] == "▒"
    assert months[jan5 : jan5 + 3] == "Jan"
    assert lines[start + 9].startswith("    less · ░ ▒ ▓ █ more")


@pytest.mark.parametrize("width", [60, 80, 120])
def test_fits_the_terminal_width(width: int) -> None:
    for line in render_stats(stats(), width=width).splitlines():
        assert len(line) <= width, line


def test_colour_only_when_asked() -> None:
    plain = render_stats(stats(), width=60, color=False)
    coloured = render_stats(stats(), width=60, color=True)
    assert "\x1b" not in plain
    assert "\x1b[36m" in coloured  # the bars
    assert SGR.sub("", coloured) == plain


def test_stats_command_prints_the_report_and_json_stays(
    study_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("g\n"))
    assert main(["--db", str(study_db), "--learner", "ann", "study"]) == 0
    capsys.readouterr()
    monkeypatch.setenv("NO_COLOR", "1")
    assert main(["--db", str(study_db), "--learner", "ann", "stats"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert "Due in the next 7 days" in out
    assert "streak 1 day" in out
    assert main(["--db", str(study_db), "--learner", "ann", "stats", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert sorted(data) == [
        "due_today",
        "forecast",
        "learner",
        "retention",
        "reviews_today",
        "reviews_total",
        "streak_days",
    ]


def test_a_learner_with_no_reviews_has_no_busiest_day() -> None:
    text = render_stats(stats(activity={}), width=60)
    assert "(no reviews yet)" in text
    assert "busiest day" not in text
    assert "(busiest day: 40 reviews)" in render_stats(stats(), width=60)
