"""A man page kept as Markdown (go-md2man, pandoc): its "% name(5)" header lines are no
text, its NAME section's name titles the page (never "NAME"), and each option written
as its own line over its description ("**key**=value", "**--flag**, **-f**") makes one
card asking what it sets or does; an option line run into the prose above it opens an
entry of its own."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.markdown import parse_document
from quizkit.notes import ClozeNote, FactNote

CONFIG = """% widget.conf(5) Widget daemon configuration
% Jane Doe
% MAY 2020

# NAME

widget.conf - configuration file of the widget daemon

# DESCRIPTION

The widget daemon reads its settings from a TOML file at start-up.

# FORMAT

## WIDGET.CACHE TABLE

The `widget.cache` table holds the settings of the spool cache.

**spool_dir**="/var/spool/widget"
Directory the daemon keeps its spool files in.

**max_entries**=512
Largest number of entries the cache holds. If not set, defaults to a size picked from the memory.

Note: a larger cache takes longer to load at start-up.

**evict**=true|false
Whether old entries are dropped when the cache is full.

## WIDGET.NET TABLE

The `widget.net` table holds the listener's settings.
**listen_port**=8080
Port the daemon listens on.

**mode**="strict"
How requests are checked. It accepts one of the following values:

- "strict": every field is checked.
- "loose": unknown fields are ignored.
"""


def _facts(text: str, name: str = "widget.conf.5.md") -> dict[str, str]:
    deck = build_deck(text, name)
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def test_the_name_section_titles_a_man_page() -> None:
    parsed = parse_document(CONFIG)
    assert parsed.title == "widget.conf"
    texts = [getattr(item.block, "text", "") for item in parsed.items]
    assert not any(t.startswith("%") for t in texts)
    deck = build_deck(CONFIG, "widget.conf.5.md")
    assert deck.title == "widget.conf"
    for note in deck.notes:
        shown = note.front if isinstance(note, FactNote) else ""
        shown = note.text if isinstance(note, ClozeNote) else shown
        assert not shown.startswith("NAME"), shown


def test_each_option_line_makes_one_card() -> None:
    facts = _facts(CONFIG)
    assert facts["widget.conf `[widget.cache]` option `spool_dir`: what does it set?"] == (
        "Directory the daemon keeps its spool files in. (default: `/var/spool/widget`)"
    )
    # The paragraph going on under the option is part of its answer; the description
    # saying its own default gets none added.
    assert facts["widget.conf `[widget.cache]` option `max_entries`: what does it set?"] == (
        "Largest number of entries the cache holds. If not set, defaults to a size picked "
        "from the memory. Note: a larger cache takes longer to load at start-up."
    )
    # A choice of values is no default.
    assert facts["widget.conf `[widget.cache]` option `evict`: what does it set?"] == (
        "Whether old entries are dropped when the cache is full."
    )
    # The values the description announces are its answer, the default on its own line.
    assert facts["widget.conf `[widget.net]` option `mode`: what does it set?"] == (
        "How requests are checked. It accepts one of the following values:\n"
        '• "strict": every field is checked.\n'
        '• "loose": unknown fields are ignored.\n'
        "Default: `strict`"
    )
    assert not any(front.startswith("WIDGET.NET TABLE: ") for front in facts)
    deck = build_deck(CONFIG, "widget.conf.5.md")
    clozes = [n.text for n in deck.notes if isinstance(n, ClozeNote)]
    assert not any("larger cache" in c or "picked from" in c for c in clozes)


def test_an_option_line_run_into_prose_opens_its_own_entry() -> None:
    facts = _facts(CONFIG)
    assert facts["widget.conf `[widget.net]` option `listen_port`: what does it set?"] == (
        "Port the daemon listens on. (default: `8080`)"
    )
    assert not any("listen_port=8080" in back for back in facts.values())


COMMAND = """% widget-run(1)

## NAME
widget\\-run - Run a widget job once

## SYNOPSIS
**widget run** [*options*] _job_

## OPTIONS

**--dry-run**

Print what the job would do without doing it.

**--output**, **-o** _file_

Write the job's report to _file_ instead of the terminal.

**--retries**=_count_

Number of times a failed step is tried again.

**--help**, **-h**

Print usage statement
"""


def test_a_command_man_page_asks_its_flags_of_the_synopsis_command() -> None:
    assert parse_document(COMMAND).title == "widget-run"
    facts = _facts(COMMAND, "widget-run.1.md")
    assert facts["widget run: what does `--dry-run` do?"] == (
        "Print what the job would do without doing it."
    )
    assert facts["widget run: what does `--output` (`-o`) do?"] == (
        "Write the job's report to file instead of the terminal."
    )
    assert facts["widget run: what does `--retries` do?"] == (
        "Number of times a failed step is tried again."
    )
    assert not any("--help" in front for front in facts)


NEAR_MISS = """# Widget settings

**spool_dir**="/var/spool/widget"
Directory the daemon keeps its spool files in.

**Name**: the widget's name.

Set `evict=true` to drop old entries.
"""


def test_a_lone_option_line_and_a_page_titled_otherwise_are_left_alone() -> None:
    parsed = parse_document(NEAR_MISS)
    assert parsed.title == "Widget settings"
    facts = _facts(NEAR_MISS, "widget.md")
    assert not any("option `spool_dir`" in front for front in facts)
    # A first H1 "Name" over no "name - what it is" line is no man page's NAME.
    plain = "# NAME\n\nThe name of a widget is chosen once.\n\n## Rules\n\nNames are short.\n"
    assert parse_document(plain).title == ""
